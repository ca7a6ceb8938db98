package org.triagegateway.forms;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes text down A4 pages: headings, wrapped paragraphs, bullets and label-value rows, a new page
 * when one is full, and "page n of m" with the document's reference at the foot of each.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 56;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN + 24;
    static final float INDENT = 16;
    static final Color TEXT = new Color(0x0b, 0x0c, 0x0c);
    static final Color SECONDARY = new Color(0x50, 0x5a, 0x5f);
    static final Color RULE = new Color(0xb1, 0xb4, 0xb6);

    final PDDocument document;
    final PDFont regular;
    final PDFont bold;
    private final String footer;
    private PDPageContentStream out;
    private PDPage page;
    private float y;

    PdfPages(String title, String footer) throws IOException {
        this.document = new PDDocument();
        this.regular = PdfFonts.regular(document);
        this.bold = PdfFonts.bold(document);
        this.footer = footer;
        describe(document, title);
        newPage();
    }

    /** Title and language for screen readers and the viewer's title bar. */
    static void describe(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Triage Gateway");
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage("en-GB");
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    void heading(String text, float size) throws IOException {
        space(size * 0.6f);
        keepWith(size * 3);
        lines(text, bold, size, 0, TEXT);
        space(size * 0.3f);
    }

    void paragraph(String text) throws IOException {
        lines(text, regular, 10, 0, TEXT);
        space(4);
    }

    void small(String text, float indent) throws IOException {
        lines(text, regular, 8.5f, indent, SECONDARY);
        space(3);
    }

    void bullet(String text) throws IOException {
        item("•", text);
    }

    /** A list item with its marker ("•", "3.") in the margin of the text. */
    void item(String marker, String text) throws IOException {
        keepWith(14);
        write(marker, regular, 10, MARGIN, TEXT);
        lines(text, regular, 10, INDENT, TEXT);
        space(2);
    }

    /** A label in bold on the left, its value beside it, as a summary list. */
    void row(String label, String value) throws IOException {
        float labelWidth = WIDTH * 0.36f;
        List<String> labelLines = wrap(label, bold, 10, labelWidth - 8);
        List<String> valueLines = wrap(value, regular, 10, WIDTH - labelWidth);
        int height = Math.max(labelLines.size(), valueLines.size());
        keepWith(height * 13 + 6);
        for (int i = 0; i < height; i++) {
            if (i < labelLines.size()) {
                write(labelLines.get(i), bold, 10, MARGIN, TEXT);
            }
            if (i < valueLines.size()) {
                write(valueLines.get(i), regular, 10, MARGIN + labelWidth, TEXT);
            }
            y -= 13;
        }
        y -= 3;
        rule();
        y -= 6;
    }

    void rule() throws IOException {
        out.setStrokingColor(RULE);
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, y);
        out.lineTo(MARGIN + WIDTH, y);
        out.stroke();
    }

    void space(float points) {
        y -= points;
    }

    /** Starts a new page unless this much room is left, so a heading is never the last line of a page. */
    void keepWith(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    /** The content stream to draw on directly (a chart) in a block of this height, and where its top is. */
    float reserve(float height) throws IOException {
        keepWith(height);
        float top = y;
        y -= height;
        return top;
    }

    PDPageContentStream canvas() {
        return out;
    }

    PDPage page() {
        return page;
    }

    private void lines(String text, PDFont font, float size, float indent, Color colour) throws IOException {
        for (String line : wrap(text, font, size, WIDTH - indent)) {
            keepWith(size * 1.35f);
            write(line, font, size, MARGIN + indent, colour);
            y -= size * 1.35f;
        }
    }

    void write(String text, PDFont font, float size, float x, Color colour) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(colour);
        out.newLineAtOffset(x, y - size);
        out.showText(text);
        out.endText();
    }

    /** Words to lines no wider than the width; a word longer than a line is cut. */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String writable = PdfFonts.writable(font, text);
        StringBuilder line = new StringBuilder();
        for (String word : writable.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line = new StringBuilder(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            line = new StringBuilder(word);
            while (width(line.toString(), font, size) > width && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && width(line.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line = new StringBuilder(line.substring(cut));
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Puts "page n of m" and the footer on every page, and gives the finished document. */
    byte[] finish() throws IOException {
        out.close();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                foot.beginText();
                foot.setFont(regular, 8);
                foot.setNonStrokingColor(SECONDARY);
                foot.newLineAtOffset(MARGIN, MARGIN - 10);
                foot.showText(PdfFonts.writable(regular, footer + "   Page " + (i + 1) + " of " + pages));
                foot.endText();
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
