package org.triagegateway.forms;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The templates in forms/ are what their layouts draw, and each mapping fits its template. */
class ClaimFormsTest {

    private static final Path FORMS = Path.of("forms");

    @Test
    void eachTemplateIsWhatItsLayoutDraws() throws IOException {
        for (Path folder : folders()) {
            byte[] drawn = FormTemplates.make(FormTemplates.layout(folder));
            assertThat(fields(drawn)).as(folder + ": draw template.pdf again (see FormTemplates)")
                    .isEqualTo(fields(Files.readAllBytes(folder.resolve(FormTemplates.TEMPLATE))));
        }
    }

    @Test
    void eachMappingFitsItsTemplateAndNamesOnlyKnownValues() throws IOException {
        Set<String> benefits = Set.of("housing_benefit", "council_tax_reduction");
        List<Path> folders = folders();
        assertThat(folders).extracting(f -> f.getFileName().toString()).contains("hb-ctr-claim", "jobcentre-plus-referral");
        for (Path folder : folders) {
            ClaimForms.ClaimForm form = ClaimForms.read(folder);
            assertThat(ClaimForms.problems(form, benefits)).as(folder.toString()).isEmpty();
            assertThat(form.fields()).isNotEmpty();
        }
        ClaimForms.ClaimForm form = ClaimForms.read(FORMS.resolve("hb-ctr-claim"));
        Map<String, String> broken = new HashMap<>(form.fields());
        broken.put("no_such_box", "claimant.name");
        broken.put("applicant_name", "claimant.shoeSize");
        broken.put("estimate_hb", "benefit.lottery");
        assertThat(ClaimForms.problems(new ClaimForms.ClaimForm(form.id(), form.title(), form.agency(), broken, form.template()), benefits))
                .containsExactlyInAnyOrder("no field no_such_box in the template",
                        "applicant_name is filled with claimant.shoeSize, which is not a value in forms/README.md",
                        "estimate_hb is filled with benefit.lottery, which is not a value in forms/README.md");
    }

    @Test
    void theReadmeListsEveryValueAFormCanBeFilledWith() throws IOException {
        String readme = Files.readString(FORMS.resolve("README.md"));
        assertThat(FormData.NAMES).allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
    }

    /** Each field's name and where its box is on which page. */
    private static List<String> fields(byte[] pdf) throws IOException {
        List<String> fields = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
                var widget = field.getWidgets().get(0);
                fields.add(field.getFullyQualifiedName() + " page " + document.getPages().indexOf(widget.getPage()) + " at "
                        + Math.round(widget.getRectangle().getLowerLeftX()) + "," + Math.round(widget.getRectangle().getLowerLeftY())
                        + " " + Math.round(widget.getRectangle().getWidth()) + "x" + Math.round(widget.getRectangle().getHeight()));
            }
        }
        return fields;
    }

    private static List<Path> folders() throws IOException {
        try (Stream<Path> list = Files.list(FORMS)) {
            return list.filter(f -> Files.exists(f.resolve(FormTemplates.LAYOUT))).sorted().toList();
        }
    }
}
