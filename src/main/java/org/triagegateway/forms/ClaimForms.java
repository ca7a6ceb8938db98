package org.triagegateway.forms;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.triagegateway.assessment.StoredAssessment;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.rules.RulesEngine;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.Consent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The claim forms in {@code triage.forms.path}: each folder's AcroForm {@code template.pdf} and its
 * {@code mapping.yaml}, checked against each other when the service starts, and filled in from a
 * household on request. A form whose mapping names a missing field or an unknown value stops the start.
 */
@Context
public class ClaimForms {

    static final String MAPPING = "mapping.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, ClaimForm> forms;

    ClaimForms(@Value("${triage.forms.path}") String path, RulesEngine rules) {
        this.forms = load(Path.of(path), rules.ruleBase().registry().byId().keySet());
    }

    /**
     * One form: its id (the folder's name), its title, the agency it goes to, which value fills each
     * field, and the template.
     */
    public record ClaimForm(String id, String title, Agency agency, Map<String, String> fields, byte[] template) {
    }

    record Mapping(String title, Agency agency, LinkedHashMap<String, String> fields) {
    }

    public List<ClaimForm> all() {
        return List.copyOf(forms.values());
    }

    public Optional<ClaimForm> get(String id) {
        return Optional.ofNullable(forms.get(id));
    }

    /** The form filled in from the household and its latest assessment; each field stays fillable. */
    public byte[] fill(ClaimForm form, StoredHousehold household, StoredAssessment assessment, List<Consent> consents,
                       String adviser, LocalDate today) {
        Map<String, String> data = FormData.of(household, assessment, consents, adviser, today);
        try (PDDocument document = Loader.loadPDF(form.template())) {
            PDAcroForm acroForm = document.getDocumentCatalog().getAcroForm();
            PDFont font = fieldFont(acroForm);
            for (Map.Entry<String, String> field : form.fields().entrySet()) {
                String value = data.get(field.getValue());
                if (value != null) {
                    acroForm.getField(field.getKey()).setValue(PdfFonts.writable(font, value));
                }
            }
            PdfPages.describe(document, form.title() + ", household " + household.reference());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont fieldFont(PDAcroForm form) throws IOException {
        PDResources resources = form.getDefaultResources();
        for (COSName name : resources.getFontNames()) {
            return resources.getFont(name);
        }
        throw new IllegalStateException("The form has no font for its fields");
    }

    private static Map<String, ClaimForm> load(Path folder, Set<String> benefits) {
        Map<String, ClaimForm> loaded = new LinkedHashMap<>();
        try (Stream<Path> folders = Files.list(folder)) {
            for (Path form : folders.filter(f -> Files.exists(f.resolve(MAPPING))).sorted().toList()) {
                ClaimForm claimForm = read(form);
                List<String> problems = problems(claimForm, benefits);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("The form in " + form + " does not fit its mapping: " + problems);
                }
                loaded.put(claimForm.id(), claimForm);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the claim forms in " + folder.toAbsolutePath(), e);
        }
        return loaded;
    }

    static ClaimForm read(Path folder) throws IOException {
        Mapping mapping = YAML.readValue(folder.resolve(MAPPING).toFile(), Mapping.class);
        byte[] template = Files.readAllBytes(folder.resolve(FormTemplates.TEMPLATE));
        return new ClaimForm(folder.getFileName().toString(), mapping.title(), mapping.agency(), Map.copyOf(mapping.fields()),
                template);
    }

    /** Each mapped field must be in the template, and each value one FormData knows. */
    static List<String> problems(ClaimForm form, Set<String> benefits) throws IOException {
        List<String> problems = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(form.template())) {
            PDAcroForm acroForm = document.getDocumentCatalog().getAcroForm();
            for (Map.Entry<String, String> field : form.fields().entrySet()) {
                PDField found = acroForm == null ? null : acroForm.getField(field.getKey());
                if (found == null) {
                    problems.add("no field " + field.getKey() + " in the template");
                }
                String value = field.getValue();
                boolean known = FormData.NAMES.contains(value) || (value.startsWith(FormData.BENEFIT)
                        && benefits.contains(value.substring(FormData.BENEFIT.length())));
                if (!known) {
                    problems.add(field.getKey() + " is filled with " + value + ", which is not a value in forms/README.md");
                }
            }
        }
        return problems;
    }
}
