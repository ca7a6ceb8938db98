package org.triagegateway.forms;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, embedded in every PDF we make: the standard PDF fonts cannot write many names
 * (Łukasz, Zoë, Şahin), and a document that drops a letter of someone's name is wrong.
 */
final class PdfFonts {

    private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    /** For text drawn once: only the letters used are embedded. */
    static PDFont regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
    }

    static PDFont bold(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
    }

    /** For a form's fields, filled in later with any text: the whole font is embedded. */
    static PDFont forFields(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(REGULAR), false);
    }

    /**
     * The text with each character the font has no letter for (some scripts, emoji) shown as "?",
     * and line breaks and tabs as spaces, so that writing it never fails half way through a document.
     */
    static String writable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String character = Character.isWhitespace(c) ? " " : new String(Character.toChars(c));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
