package org.triagegateway.documents;

import java.nio.charset.StandardCharsets;

/**
 * The raw bytes of a PDF, before PDFBox reads them: a file that is also a ZIP or a web page (a
 * polyglot) opens as a harmless PDF here and as something else elsewhere, so it is refused. PDF
 * readers ignore what comes after the last end-of-file marker, which is where such payloads sit;
 * a little whitespace or a stray line is common there and allowed.
 */
final class PdfBytes {

    /** What may follow the last %%EOF: line ends, padding, a short trailing comment. */
    static final int AFTER_END_ALLOWED = 1024;
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final String[] HTML = {"<html", "<script", "<!doctype html"};

    private PdfBytes() {
    }

    static void check(byte[] pdf) {
        int end = lastIndexOf(pdf, END);
        if (end < 0) {
            throw new RefusedDocumentException("The PDF is damaged and cannot be opened.");
        }
        if (pdf.length - (end + END.length) > AFTER_END_ALLOWED) {
            throw new RefusedDocumentException("The PDF has other data hidden after its end, which we do not accept. Print it "
                    + "to a new PDF, or scan the paper copy.");
        }
        if (hasZip(pdf)) {
            throw new RefusedDocumentException("The PDF has a ZIP archive hidden inside it, which we do not accept. Print it to a "
                    + "new PDF, or scan the paper copy.");
        }
        if (hasHtml(pdf)) {
            throw new RefusedDocumentException("The PDF has web page code (HTML) hidden inside it, which we do not accept. Print "
                    + "it to a new PDF, or scan the paper copy.");
        }
    }

    /**
     * A ZIP local file header or end of central directory. The four-byte signatures alone would
     * turn up by chance in about one compressed 10 MB PDF in 200, so each must also have the fields
     * every real archive has: a small "version needed" and a known compression method for a local
     * header, disk numbers of zero for the end record. Chance matches then become negligible.
     */
    static boolean hasZip(byte[] b) {
        for (int i = 0; i + 22 <= b.length; i++) {
            if (b[i] != 'P' || b[i + 1] != 'K') {
                continue;
            }
            if (b[i + 2] == 3 && b[i + 3] == 4 && (b[i + 4] & 0xFF) <= 63 && b[i + 5] == 0 && method(b, i + 8) < 100) {
                return true;
            }
            if (b[i + 2] == 5 && b[i + 3] == 6 && b[i + 4] == 0 && b[i + 5] == 0 && b[i + 6] == 0 && b[i + 7] == 0) {
                return true;
            }
        }
        return false;
    }

    private static int method(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    static boolean hasHtml(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] != '<') {
                continue;
            }
            for (String tag : HTML) {
                if (startsWithIgnoringCase(b, i, tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringCase(byte[] b, int at, String ascii) {
        if (at + ascii.length() > b.length) {
            return false;
        }
        for (int j = 0; j < ascii.length(); j++) {
            if (Character.toLowerCase((char) (b[at + j] & 0xFF)) != ascii.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static int lastIndexOf(byte[] b, byte[] what) {
        outer:
        for (int i = b.length - what.length; i >= 0; i--) {
            for (int j = 0; j < what.length; j++) {
                if (b[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
