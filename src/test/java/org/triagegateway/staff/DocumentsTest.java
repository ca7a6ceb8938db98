package org.triagegateway.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.assessment.AssessmentService;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.ConsentService;
import org.triagegateway.sharing.HowGiven;
import org.triagegateway.sharing.Purpose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment summary and the filled claim forms, read back as PDFs: the names as written,
 * the figures with their legal references, and the forms only with consent. Set
 * -Dpdfs=true to keep them in target/pdfs to look at (pdftoppm).
 */
@MicronautTest(transactional = false)
class DocumentsTest {

    private static final String HOUSEHOLD = """
            {"people": [
              {"id": "claimant", "role": "CLAIMANT", "name": "Łucja Wąsowska-Kowalczyk", "nationalInsuranceNumber": "AB123456C",
               "dateOfBirth": "1991-06-14",
               "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "takeHome": 900.00, "gross": 1000.00, "hoursPerWeek": 20}]},
              {"id": "child1", "role": "CHILD", "name": "Zoë", "dateOfBirth": "2019-02-02"}],
             "housing": {"tenure": "PRIVATE_RENT", "rent": 650.00, "rentFrequency": "MONTHLY", "council": "Luton", "councilTax": 1500.00}}""";

    @Inject
    Api api;
    @Inject
    HouseholdService households;
    @Inject
    AssessmentService assessments;
    @Inject
    ConsentService consents;
    @Inject
    AuditTrail audit;
    @Inject
    ObjectMapper json;

    @Test
    void theSummaryExplainsEveryFigureWithItsLegalReference() throws IOException {
        HouseholdReference reference = HouseholdReference.of(households.create(json.readValue(HOUSEHOLD, Household.class)).reference());
        assertThat(api.get("/staff/households/" + reference.display() + "/summary.pdf").status()).as("not assessed yet").isEqualTo(409);
        assessments.assessAndStore(reference, null);

        byte[] pdf = download("/staff/households/" + reference.display() + "/summary.pdf");
        keep("summary", pdf);
        String text = text(pdf);
        assertThat(text).contains("Benefits assessment summary", reference.display(), "Łucja Wąsowska-Kowalczyk", "Zoë",
                "Universal Credit", "UC Regs 2013", "How this was worked out", "What to bring", "Better off in work",
                "Prepared by Test Adviser");
        assertThat(text).containsPattern("Universal Credit\\s+(Eligible|Possibly eligible): £[0-9,]+\\.\\d\\d a month");
        assertThat(audit.forRecord("household", reference.display(), 10)).extracting(e -> e.action()).contains("print-summary");
    }

    @Test
    void aClaimFormIsFilledOnlyWithConsentToShareWithItsAgency() throws IOException {
        HouseholdReference reference = HouseholdReference.of(households.create(json.readValue(HOUSEHOLD, Household.class)).reference());
        assessments.assessAndStore(reference, null);
        String form = "/staff/households/" + reference.display() + "/forms/hb-ctr-claim.pdf";
        assertThat(api.get(form).status()).isEqualTo(403);
        assertThat(api.get(form).body()).contains("has not consented to share with the council benefits office");
        assertThat(api.get("/staff/households/" + reference.display()).body())
                .contains("record the claimant's consent").doesNotContain("forms/hb-ctr-claim.pdf");

        consents.record(reference, Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "Łucja Wąsowska-Kowalczyk", HowGiven.IN_PERSON, "test");
        assertThat(api.get("/staff/households/" + reference.display()).body()).contains("forms/hb-ctr-claim.pdf");
        byte[] pdf = download(form);
        keep("hb-ctr-claim", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm fields = document.getDocumentCatalog().getAcroForm();
            assertThat(fields.getField("applicant_name").getValueAsString()).isEqualTo("Łucja Wąsowska-Kowalczyk");
            assertThat(fields.getField("applicant_nino").getValueAsString()).isEqualTo("AB 12 34 56 C");
            assertThat(fields.getField("applicant_dob").getValueAsString()).isEqualTo("14 June 1991");
            assertThat(fields.getField("has_partner").getValueAsString()).isEqualTo("No");
            assertThat(fields.getField("children").getValueAsString()).isEqualTo("Zoë, born 2 February 2019");
            assertThat(fields.getField("rent").getValueAsString()).isEqualTo("£650.00 every month");
            assertThat(fields.getField("council_tax").getValueAsString()).isEqualTo("£1,500.00 a year");
            assertThat(fields.getField("applicant_earnings").getValueAsString())
                    .isEqualTo("Employed, £1,000.00 before tax, £900.00 take-home, every month, 20 hours a week");
            assertThat(fields.getField("consent").getValueAsString()).startsWith("Given by Łucja Wąsowska-Kowalczyk on ");
            assertThat(fields.getField("estimate_ctr").getValueAsString()).isNotBlank();
            assertThat(fields.getField("address").getValueAsString()).as("not known: left for the claimant").isEmpty();
            assertThat(fields.getField("applicant_name").getWidgets().get(0).getAppearance()).as("shows in any viewer").isNotNull();
        }
        assertThat(text(pdf)).contains("Claim for Housing Benefit and Council Tax Reduction", "Declaration");

        assertThat(api.get("/staff/households/" + reference.display() + "/forms/jobcentre-plus-referral.pdf").status())
                .as("consent to the council is not consent to Jobcentre Plus").isEqualTo(403);
        consents.record(reference, Agency.JOBCENTRE_PLUS, Purpose.DECIDE_CLAIMS, "Łucja Wąsowska-Kowalczyk", HowGiven.IN_PERSON, "test");
        byte[] referral = download("/staff/households/" + reference.display() + "/forms/jobcentre-plus-referral.pdf");
        keep("jobcentre-plus-referral", referral);
        try (PDDocument document = Loader.loadPDF(referral)) {
            assertThat(document.getDocumentCatalog().getAcroForm().getField("benefits").getValueAsString()).contains("Universal Credit: ");
        }
        assertThat(api.get("/staff/households/" + reference.display() + "/forms/no-such-form.pdf").status()).isEqualTo(404);
        assertThat(audit.forRecord("household", reference.display(), 20)).extracting(e -> e.action()).contains("print-form");
    }

    private byte[] download(String path) {
        Api.Download response = api.download(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        assertThat(response.disposition()).startsWith("attachment; filename=\"");
        return response.body();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        if (Boolean.getBoolean("pdfs")) {
            Files.createDirectories(Path.of("target", "pdfs"));
            Files.write(Path.of("target", "pdfs", name + ".pdf"), pdf);
        }
    }
}
