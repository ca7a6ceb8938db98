package org.triagegateway.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file is what its content says, and a PDF or picture that could hurt someone is refused with a reason. */
public class EvidenceCheckTest {

    private final EvidenceCheck check = new EvidenceCheck();

    @Test
    void aPlainPdfAJpegAndAPngAreKeptAsWhatTheyAre() throws IOException {
        assertThat(check.check(pdf(null, false))).isEqualTo("application/pdf");
        assertThat(check.check(png(40, 30))).isEqualTo("image/png");
        assertThat(check.check(image(40, 30, "jpeg"))).isEqualTo("image/jpeg");
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        assertThatThrownBy(() -> check.check(pdf("secret", false)))
                .isInstanceOf(RefusedDocumentException.class).hasMessageContaining("password");
    }

    @Test
    void aPdfWithJavaScriptIsRefused() throws IOException {
        assertThatThrownBy(() -> check.check(pdf(null, true)))
                .isInstanceOf(RefusedDocumentException.class).hasMessageContaining("JavaScript");
    }

    @Test
    void somethingElseIsRefusedWhateverItsNameSays() {
        assertThatThrownBy(() -> check.check("just some text, saved as payslip.pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RefusedDocumentException.class).hasMessageContaining("not a PDF, JPEG or PNG");
        assertThatThrownBy(() -> check.check("MZ\u0090\u0000 a program".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(RefusedDocumentException.class).hasMessageContaining("not a PDF, JPEG or PNG");
        assertThatThrownBy(() -> check.check(new byte[0])).hasMessageContaining("empty");
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfOrPictureIsRefusedAsDamaged() {
        assertThatThrownBy(() -> check.check("%PDF-1.7 and then nothing".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("damaged");
        byte[] png = png(40, 30);
        assertThatThrownBy(() -> check.check(Arrays.copyOf(png, 30))).hasMessageContaining("damaged");
    }

    @Test
    void aPictureClaimingHugeDimensionsAndAFileOverTenMegabytesAreRefused() {
        assertThatThrownBy(() -> check.check(png(EvidenceCheck.MAX_PIXELS_A_SIDE + 1, 1))).hasMessageContaining("too large");
        byte[] big = Arrays.copyOf(png(10, 10), EvidenceCheck.MAX_BYTES + 1);
        assertThatThrownBy(() -> check.check(big)).hasMessageContaining("larger than 10 MB");
    }

    @Test
    void aSmallFileThatWouldDecodeToAVastPictureIsRefused() throws IOException {
        // one bit a pixel, all white: 50 megapixels in a few kilobytes
        BufferedImage vast = new BufferedImage(7_100, 7_100, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(vast, "png", out);
        assertThat(out.size()).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> check.check(out.toByteArray())).hasMessageContaining("too large");
    }

    @Test
    void aPdfWithAnEmbeddedFileIsRefused() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("run-me.exe");
            spec.setEmbeddedFile(new PDEmbeddedFile(pdf, new java.io.ByteArrayInputStream(new byte[]{'M', 'Z'})));
            files.setNames(java.util.Map.of("run-me.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            pdf.getDocumentCatalog().setNames(names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);

            assertThatThrownBy(() -> check.check(out.toByteArray())).hasMessageContaining("attached files");
        }
    }

    public static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    private static byte[] image(int width, int height, String format) {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(String password, boolean script) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            if (script) {
                pdf.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
