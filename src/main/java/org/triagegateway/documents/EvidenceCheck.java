package org.triagegateway.documents;

import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.concurrent.Semaphore;

/**
 * Decides what a file is by its content, never its name: a PDF, JPEG or PNG that opens as one,
 * within the size limits, and gives back what is to be kept. A PDF is kept as it came, so it is
 * refused if anything rides along: a password, JavaScript, links, attached files, actions that
 * launch programs (PdfContent), or a ZIP, web page or other data around it (PdfBytes). A picture
 * is refused if its chunks carry too much compressed metadata (PngChunks) or it claims to be
 * enormous, and is otherwise decoded and encoded again (Pictures), so only the picture is kept.
 * Files are checked within a memory budget, two at a time.
 */
@Singleton
public class EvidenceCheck {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PIXELS_A_SIDE = Pictures.MAX_PIXELS_A_SIDE;
    /** Checks at once: each may use a hundred megabytes or so (a PDF's streams, or a picture's pixels). */
    private static final int AT_ONCE = 2;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final Semaphore checking = new Semaphore(AT_ONCE);

    /** What to keep: the media type the content really is, and the bytes to store (a picture's re-encoded). */
    record Accepted(String mediaType, byte[] content) {
    }

    /** @return the media type the content really is */
    public String check(byte[] content) {
        return accept(content).mediaType();
    }

    /** @throws RefusedDocumentException with the reason, when the file is not one we keep */
    Accepted accept(byte[] content) {
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

    private static Accepted checked(byte[] content) {
        if (content.length == 0) {
            throw new RefusedDocumentException("The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new RefusedDocumentException("The file is larger than 10 MB. Scan it at a lower resolution, or split it.");
        }
        if (startsWith(content, PDF)) {
            PdfBytes.check(content);
            PdfContent.check(content);
            return new Accepted("application/pdf", content);
        }
        if (startsWith(content, PNG)) {
            PngChunks.check(content);
            return new Accepted("image/png", Pictures.reencode(content, "png"));
        }
        if (startsWith(content, JPEG)) {
            return new Accepted("image/jpeg", Pictures.reencode(content, "jpeg"));
        }
        throw new RefusedDocumentException("The file is not a PDF, JPEG or PNG, whatever its name says.");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
