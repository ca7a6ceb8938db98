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
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDAnnotationAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** Thousands of scans are decoded before a JPEG reader reports progress: counted and refused first. */
    @Test
    void aJpegOfThousandsOfScansIsRefusedBeforeItIsDecoded() {
        byte[] jpeg = Attacks.picture(60, 40, "jpeg");
        byte[] scan = {(byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0};
        byte[] many = new byte[scan.length * (Pictures.MAX_SCANS + 1)];
        for (int i = 0; i <= Pictures.MAX_SCANS; i++) {
            System.arraycopy(scan, 0, many, i * scan.length, scan.length);
        }
        byte[] bomb = Attacks.concat(java.util.Arrays.copyOf(jpeg, jpeg.length - 2), Attacks.concat(many, new byte[]{(byte) 0xFF, (byte) 0xD9}));

        assertThatThrownBy(() -> check.check(bomb)).isInstanceOf(RefusedDocumentException.class);
        assertThat(Pictures.scans(jpeg)).isLessThanOrEqualTo(Pictures.MAX_SCANS);
    }

    /** A small file of millions of objects, each costing memory as it is parsed: refused, not walked for ever. */
    @Test
    void aPdfOfMillionsOfObjectsIsRefusedAsTooComplex() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            org.apache.pdfbox.cos.COSArray many = new org.apache.pdfbox.cos.COSArray();
            for (int i = 0; i <= PdfContent.MAX_OBJECTS; i++) {
                many.add(new org.apache.pdfbox.cos.COSArray());
            }
            page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.getPDFName("Clutter"), many);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);

            long started = System.nanoTime();
            assertThatThrownBy(() -> check.check(out.toByteArray())).hasMessageContaining("too complex");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    /**
     * Issue 16: 2 MB of zTXt that inflates to gigabytes took 9 s and 4 GB of heap, and was kept.
     * Now the chunks are walked without inflating anything, and such a chunk is refused at once.
     */
    @ParameterizedTest
    @ValueSource(strings = {"zTXt", "iTXt", "iCCP"})
    void aPngWhoseCompressedChunkInflatesToGigabytesIsRefusedAtOnce(String chunk) {
        byte[] bomb = Attacks.pngWithBomb(chunk, 2);
        assertThat(bomb.length).isLessThan(3 * 1024 * 1024);

        long started = System.nanoTime();
        assertThatThrownBy(() -> check.check(bomb)).isInstanceOf(RefusedDocumentException.class)
                .hasMessageContaining("hidden data");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    /** Issue 16: an .exe rode in on a page's file-attachment annotation; only the EmbeddedFiles name tree was looked at. */
    @Test
    void aPdfCarryingAFileInAnAttachmentAnnotationIsRefused() throws IOException {
        byte[] pdf = pdfWith((document, page) -> {
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("run-me.exe");
            spec.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream(new byte[]{'M', 'Z', (byte) 0x90, 0})));
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setFile(spec);
            attachment.setRectangle(new PDRectangle(50, 50, 20, 20));
            page.getAnnotations().add(attachment);
        });

        assertThatThrownBy(() -> check.check(pdf)).isInstanceOf(RefusedDocumentException.class).hasMessageContaining("attached files");
    }

    @Test
    void aPdfWithALinkToAWebsiteOrAProgramAnywhereIsRefused() throws IOException {
        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        pdfs.put("a link on a page", pdfWith((document, page) -> page.getAnnotations().add(link(uri()))));
        pdfs.put("an annotation's additional action", pdfWith((document, page) -> {
            PDAnnotationLink link = link(null);
            PDAnnotationAdditionalActions actions = new PDAnnotationAdditionalActions();
            actions.setE(uri());
            link.getCOSObject().setItem(COSName.getPDFName("AA"), actions.getCOSObject());
            page.getAnnotations().add(link);
        }));
        pdfs.put("a bookmark", pdfWith((document, page) -> {
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Payslip");
            item.setAction(uri());
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);
        }));
        pdfs.put("the open action", pdfWith((document, page) -> document.getDocumentCatalog().setOpenAction(uri())));
        pdfs.put("a launch in a bookmark", pdfWith((document, page) -> {
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Run");
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDSimpleFileSpecification(new COSString("calc.exe")));
            item.setAction(launch);
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);
        }));
        pdfs.put("JavaScript on a link", pdfWith((document, page) -> page.getAnnotations().add(link(new PDActionJavaScript("app.alert(1)")))));

        pdfs.forEach((where, pdf) -> assertThatThrownBy(() -> check.check(pdf)).as(where)
                .isInstanceOf(RefusedDocumentException.class).hasMessageContaining("links to websites"));
        // an ordinary link within the document is fine
        assertThat(check.check(pdfWith((document, page) -> {
            PDActionGoTo goTo = new PDActionGoTo();
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(page);
            goTo.setDestination(destination);
            page.getAnnotations().add(link(goTo));
        }))).isEqualTo("application/pdf");
    }

    /** Issue 16: a PDF that is also a ZIP (PDF readers ignore what follows %%EOF; ZIP readers look for the end). */
    @Test
    void aPdfWithAZipAfterItOrInsideItIsRefused() throws IOException {
        byte[] pdf = pdf(null, false);
        assertThatThrownBy(() -> check.check(Attacks.concat(pdf, Attacks.zip()))).isInstanceOf(RefusedDocumentException.class)
                .hasMessageContaining("ZIP");
        // inside: before the last %%EOF, where the allowance after it does not help
        byte[] inside = Attacks.concat(Arrays.copyOf(pdf, pdf.length - 6), Attacks.concat(Attacks.zip(), "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        assertThatThrownBy(() -> check.check(inside)).isInstanceOf(RefusedDocumentException.class).hasMessageContaining("ZIP");
    }

    @Test
    void aPdfWithDataAfterItsEndOrAWebPageInsideIsRefused() throws IOException {
        byte[] pdf = pdf(null, false);
        byte[] junk = new byte[2 * 1024];
        Arrays.fill(junk, (byte) 'x');
        assertThatThrownBy(() -> check.check(Attacks.concat(pdf, junk))).hasMessageContaining("after its end");
        assertThat(check.check(Attacks.concat(pdf, "\r\n  \n".getBytes(StandardCharsets.US_ASCII)))).as("a little whitespace")
                .isEqualTo("application/pdf");
        for (String html : new String[]{"<HTML><body>", "<Script>alert(1)</script>", "<!DOCTYPE html>"}) {
            byte[] page = Attacks.concat(pdf, ("\n% " + html + "\n").getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> check.check(page)).as(html).hasMessageContaining("HTML");
        }
    }

    private interface PageSetup {
        void on(PDDocument document, PDPage page) throws IOException;
    }

    private static byte[] pdfWith(PageSetup setup) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            setup.on(pdf, page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static PDActionURI uri() {
        PDActionURI uri = new PDActionURI();
        uri.setURI("https://phishing.example/sign-in");
        return uri;
    }

    private static PDAnnotationLink link(PDAction action) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(50, 50, 100, 20));
        if (action != null) {
            link.setAction(action);
        }
        return link;
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
