package org.triagegateway.forms;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Draws each claim form's AcroForm template, {@code forms/<form>/template.pdf}, from its
 * {@code layout.yaml}. The templates are kept in the repository; after changing a layout, run
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=org.triagegateway.forms.FormTemplates}.
 */
public final class FormTemplates {

    static final String LAYOUT = "layout.yaml";
    static final String TEMPLATE = "template.pdf";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final float GAP = 10;
    private static final float LABEL = 8.5f;
    private static final float LINE = 13;

    private FormTemplates() {
    }

    public static void main(String[] args) throws IOException {
        Path forms = Path.of(args.length > 0 ? args[0] : "forms");
        try (Stream<Path> folders = Files.list(forms)) {
            for (Path folder : folders.filter(f -> Files.exists(f.resolve(LAYOUT))).sorted().toList()) {
                Files.write(folder.resolve(TEMPLATE), make(layout(folder)));
                System.out.println("Drew " + folder.resolve(TEMPLATE));
            }
        }
    }

    static FormLayout layout(Path folder) throws IOException {
        return YAML.readValue(folder.resolve(LAYOUT).toFile(), FormLayout.class);
    }

    static byte[] make(FormLayout layout) throws IOException {
        try (PdfPages pdf = new PdfPages(layout.title(), layout.title())) {
            PDAcroForm form = new PDAcroForm(pdf.document);
            pdf.document.getDocumentCatalog().setAcroForm(form);
            PDFont font = PdfFonts.forFields(pdf.document);
            PDResources resources = new PDResources();
            COSName name = resources.add(font);
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/" + name.getName() + " 10 Tf 0 g");

            pdf.heading(layout.title(), 18);
            pdf.paragraph(layout.intro());
            for (FormLayout.Section section : layout.sections()) {
                pdf.heading(section.heading(), 13);
                if (section.note() != null) {
                    pdf.small(section.note(), 0);
                }
                for (List<FormLayout.Field> row : rows(section.fields())) {
                    row(pdf, form, "/" + name.getName(), row);
                }
            }
            if (layout.declaration() != null) {
                // the words and the boxes to sign on one page
                pdf.keepWith(140);
                pdf.heading("Declaration", 13);
                pdf.paragraph(layout.declaration());
                float top = pdf.reserve(LABEL + 4 + 34);
                box(pdf, "Signature", PdfPages.MARGIN, top, PdfPages.WIDTH * 0.65f - GAP, 34);
                box(pdf, "Date", PdfPages.MARGIN + PdfPages.WIDTH * 0.65f, top, PdfPages.WIDTH * 0.35f, 34);
            }
            return pdf.finish();
        }
    }

    /** Fields side by side while their shares of the line fit. */
    private static List<List<FormLayout.Field>> rows(List<FormLayout.Field> fields) {
        List<List<FormLayout.Field>> rows = new ArrayList<>();
        List<FormLayout.Field> row = new ArrayList<>();
        double used = 0;
        for (FormLayout.Field field : fields) {
            if (!row.isEmpty() && used + field.share() > 1.001) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(field);
            used += field.share();
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static void row(PdfPages pdf, PDAcroForm form, String font, List<FormLayout.Field> row) throws IOException {
        int lines = row.stream().mapToInt(FormLayout.Field::rows).max().orElse(1);
        float boxHeight = lines * LINE + 7;
        float top = pdf.reserve(LABEL + 4 + boxHeight + 8);
        float x = PdfPages.MARGIN;
        for (FormLayout.Field field : row) {
            float share = (float) (PdfPages.WIDTH * field.share());
            boolean endsTheLine = x + share >= PdfPages.MARGIN + PdfPages.WIDTH - 1;
            float width = endsTheLine ? share : share - GAP;
            float height = field.rows() * LINE + 7;
            box(pdf, field.label(), x, top, width, height);
            PDTextField text = new PDTextField(form);
            text.setPartialName(field.name());
            // read out by screen readers as the field's name
            text.setAlternateFieldName(field.label());
            text.setMultiline(field.rows() > 1);
            text.setDefaultAppearance(font + (field.rows() > 1 ? " 9 Tf 0 g" : " 10 Tf 0 g"));
            PDAnnotationWidget widget = text.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(x + 1, top - LABEL - 4 - height + 1, width - 2, height - 2));
            widget.setPage(pdf.page());
            widget.setPrinted(true);
            pdf.page().getAnnotations().add(widget);
            form.getFields().add(text);
            x += share;
        }
    }

    /** A label and the box beneath it, drawn on the page so the form prints the same in any viewer. */
    private static void box(PdfPages pdf, String label, float x, float top, float width, float height) throws IOException {
        PDPageContentStream canvas = pdf.canvas();
        canvas.beginText();
        canvas.setFont(pdf.regular, LABEL);
        canvas.setNonStrokingColor(PdfPages.TEXT);
        canvas.newLineAtOffset(x, top - LABEL);
        canvas.showText(PdfFonts.writable(pdf.regular, label));
        canvas.endText();
        canvas.setStrokingColor(PdfPages.TEXT);
        canvas.setLineWidth(1);
        canvas.addRect(x, top - LABEL - 4 - height, width, height);
        canvas.stroke();
    }
}
