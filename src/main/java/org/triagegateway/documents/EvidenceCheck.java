package org.triagegateway.documents;

import jakarta.inject.Singleton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * Decides what a file is by its content, never its name: a PDF, JPEG or PNG that opens as one,
 * within the size limits. A PDF is parsed with PDFBox and refused if it is password-protected or
 * carries JavaScript or actions that launch programs; an image is refused if it does not decode
 * or claims to be enormous (a decompression bomb). Both are read within a memory budget, two at a time.
 */
@Singleton
public class EvidenceCheck {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PIXELS_A_SIDE = 12_000;
    /** A 40-megapixel photo is a large phone's; more, from a small file, is a decompression bomb. */
    static final long MAX_PIXELS = 40_000_000L;
    /** What a PDF may inflate to while it is read: a small file that unpacks to gigabytes is a bomb. */
    private static final long MAX_PDF_MEMORY = 100L * 1024 * 1024;
    /** Checks at once: each may use a hundred megabytes or so. */
    private static final int AT_ONCE = 2;
    private static final int MAX_PAGES = 200;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** Names under which a PDF can run something: JavaScript, programs, or forms posted elsewhere. */
    private static final Set<COSName> ACTIVE = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("SubmitForm"), COSName.getPDFName("ImportData"), COSName.getPDFName("RichMedia"),
            COSName.getPDFName("XFA"), COSName.getPDFName("EmbeddedFiles"), COSName.getPDFName("EmbeddedFile"),
            COSName.getPDFName("GoToE"), COSName.getPDFName("GoToR"));

    private final Semaphore checking = new Semaphore(AT_ONCE);

    /** @return the media type the content really is */
    public String check(byte[] content) {
        checking.acquireUninterruptibly();
        try {
            return checked(content);
        } catch (RuntimeException e) {
            if (e instanceof RefusedDocumentException refused) {
                throw refused;
            }
            throw new RefusedDocumentException("The file is damaged and cannot be opened.");
        } finally {
            checking.release();
        }
    }

    private String checked(byte[] content) {
        if (content.length == 0) {
            throw new RefusedDocumentException("The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new RefusedDocumentException("The file is larger than 10 MB. Scan it at a lower resolution, or split it.");
        }
        if (startsWith(content, PDF)) {
            checkPdf(content);
            return "application/pdf";
        }
        if (startsWith(content, PNG)) {
            checkImage(content, "png");
            return "image/png";
        }
        if (startsWith(content, JPEG)) {
            checkImage(content, "jpeg");
            return "image/jpeg";
        }
        throw new RefusedDocumentException("The file is not a PDF, JPEG or PNG, whatever its name says.");
    }

    private static void checkPdf(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_PDF_MEMORY).streamCache)) {
            if (pdf.isEncrypted()) {
                throw new RefusedDocumentException("The PDF is protected with a password or encryption. Save or print it "
                        + "again without protection.");
            }
            if (pdf.getNumberOfPages() == 0 || pdf.getNumberOfPages() > MAX_PAGES) {
                throw new RefusedDocumentException("The PDF has no pages, or more than " + MAX_PAGES + ".");
            }
            if (active(pdf.getDocument().getTrailer())) {
                throw new RefusedDocumentException("The PDF contains JavaScript, attached files or actions that open other "
                        + "documents or programs, which we do "
                        + "not accept. Print it to a new PDF, or scan the paper copy.");
            }
        } catch (InvalidPasswordException e) {
            throw new RefusedDocumentException("The PDF is protected with a password. Save or print it again without one.");
        } catch (IOException e) {
            throw new RefusedDocumentException("The PDF is damaged and cannot be opened.");
        }
    }

    /** Walks every object reachable from the trailer, once each, looking for an active name. */
    private static boolean active(COSDictionary trailer) {
        Map<COSBase, Boolean> seen = new IdentityHashMap<>();
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(trailer);
        while (!todo.isEmpty()) {
            COSBase object = todo.pop();
            COSBase direct = object instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : object;
            if (direct == null || seen.put(direct, Boolean.TRUE) != null) {
                continue;
            }
            if (direct instanceof COSDictionary dictionary) {
                for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                    if (ACTIVE.contains(entry.getKey()) || (entry.getKey().equals(COSName.S) && entry.getValue() instanceof COSName
                            name && ACTIVE.contains(name))) {
                        return true;
                    }
                    todo.push(entry.getValue());
                }
            } else if (direct instanceof org.apache.pdfbox.cos.COSArray array) {
                array.forEach(todo::push);
            }
        }
        return false;
    }

    private static void checkImage(byte[] content, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_PIXELS_A_SIDE || height > MAX_PIXELS_A_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new RefusedDocumentException("The picture is too large (" + width + " by " + height
                            + " pixels). Take it again at a lower resolution.");
                }
                // decoded whole, to prove it is a picture, but at most about a megapixel of it held at once
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / 1_000_000)));
                param.setSourceSubsampling(step, step, 0, 0);
                if (reader.read(0, param) == null) {
                    throw new IOException("no image");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedDocumentException refused) {
                throw refused;
            }
            throw new RefusedDocumentException("The picture is damaged and cannot be opened.");
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
