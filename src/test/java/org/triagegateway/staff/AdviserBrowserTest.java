package org.triagegateway.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.triagegateway.StaffLogin;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.documents.EvidenceCheckTest;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.security.Role;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An adviser picks up a household from the reference a kiosk gave (typed as people type it),
 * assesses it and reads the results with their working and a to-do list; then finds it again by
 * National Insurance number and by name and date of birth. Chromium with axe-core on every page.
 */
@MicronautTest(transactional = false)
class AdviserBrowserTest extends StaffBrowserTestBase {

    private static final String HOUSEHOLD = """
            {"people": [
              {"id": "claimant", "role": "CLAIMANT", "name": "Dorota Nowak", "nationalInsuranceNumber": "AB123456C",
               "dateOfBirth": "1991-06-14",
               "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "takeHome": 900.00, "gross": 1000.00, "hoursPerWeek": 20}]},
              {"id": "child1", "role": "CHILD", "dateOfBirth": "2019-02-02"}],
             "housing": {"tenure": "PRIVATE_RENT", "rent": 650.00, "rentFrequency": "MONTHLY", "council": "Luton"}}""";

    @Inject
    HouseholdService households;
    @Inject
    StaffLogin login;
    @Inject
    AuditTrail audit;
    @Inject
    ObjectMapper json;


    @Test
    void anAdviserPicksUpAKioskReferenceAndSeesEveryFigureExplained() throws IOException {
        // a number of its own: the other tests' households share the usual one
        String digits = String.format("%06d", new java.util.Random().nextInt(1_000_000));
        String reference = households.create(json.readValue(HOUSEHOLD.replace("AB123456C", "AB" + digits + "C"), Household.class))
                .reference();
        signInAsAdviser();

        browser.clickAndWait(browser.find("nav a[href='/staff/households']"));
        browser.assertAccessible();
        browser.find("#reference").sendKeys("nope");
        browser.clickAndWait(browser.find("#reference").findElement(org.openqa.selenium.By.xpath("ancestor::form//button")));
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the reference as it is on the kiosk");
        browser.assertAccessible();

        browser.find("#reference").clear();
        browser.find("#reference").sendKeys(reference.replace("-", "").toLowerCase());
        browser.clickAndWait(browser.find("#reference").findElement(org.openqa.selenium.By.xpath("ancestor::form//button")));
        assertThat(browser.path()).isEqualTo("/staff/households/" + reference);
        assertThat(browser.text("h1")).isEqualTo(reference);
        assertThat(browser.text("table")).contains("Dorota Nowak", "14 June 1991");
        assertThat(browser.pageText()).contains("This household has not been assessed yet");
        browser.assertAccessible();

        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text("#benefit-universal_credit")).contains("Universal Credit", "How this was worked out");
        assertThat(browser.text("#benefit-universal_credit")).containsPattern("£[0-9,]+\\.[0-9]{2} a month");
        assertThat(browser.text("#benefit-universal_credit .govuk-details__text")).contains("UC Regs 2013");
        assertThat(browser.text("#to-do ~ ul")).as("facts the rules still need").isNotBlank();
        assertThat(browser.all(".tg-better-off-wrapper svg")).hasSize(1);
        browser.assertAccessible();
        assertThat(audit.forRecord("household", reference, 10)).extracting(e -> e.action())
                .contains("read", "assess").allMatch(a -> !a.isBlank());

        browser.open("/staff/households");
        browser.find("#nino").sendKeys("ab " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4) + " c");
        browser.clickAndWait(browser.find("#nino").findElement(org.openqa.selenium.By.xpath("ancestor::form//button")));
        assertThat(browser.text("#results")).isEqualTo("1 household found");
        assertThat(browser.path()).as("the number is not kept in the address or history").isEqualTo("/staff/households");
        assertThat(browser.text("#results ~ table")).contains(HouseholdReference.of(reference).display(), "Dorota Nowak", "14 June 1991");
        browser.assertAccessible();
        browser.assertReflowsAt(320);

        browser.find("#name").sendKeys("dorota nowak");
        browser.find("#dob-day").sendKeys("14");
        browser.find("#dob-month").sendKeys("6");
        browser.clickAndWait(browser.find("#name").findElement(org.openqa.selenium.By.xpath("ancestor::form//button")));
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the person's date of birth");
        browser.assertAccessible();
        browser.find("#dob-year").sendKeys("1991");
        browser.clickAndWait(browser.find("#name").findElement(org.openqa.selenium.By.xpath("ancestor::form//button")));
        assertThat(browser.text("#results ~ table")).contains(HouseholdReference.of(reference).display());

        // a name half remembered
        browser.find("#part").sendKeys("no");
        browser.clickAndWait(browser.find("#part").findElement(org.openqa.selenium.By.xpath("ancestor::form//button")));
        assertThat(browser.text(".govuk-error-summary")).contains("Enter at least 3 letters of a name");
        browser.assertAccessible();
        browser.find("#part").sendKeys("WA");
        browser.clickAndWait(browser.find("#part").findElement(org.openqa.selenium.By.xpath("ancestor::form//button")));
        assertThat(browser.text("#results ~ table")).contains(HouseholdReference.of(reference).display(), "Dorota Nowak");
        assertThat(audit.forRecord("household", reference, 50)).extracting(e -> e.action()).contains("find");
    }

    @Test
    void anAdviserRecordsConsentToShareAndWithdrawsIt() throws IOException {
        String reference = households.create(json.readValue(HOUSEHOLD, Household.class)).reference();
        signInAsAdviser();
        browser.open("/staff/households/" + reference);
        assertThat(browser.text("#consent ~ p")).contains("No consent recorded");

        browser.clickAndWait(browser.find("a[href$='/consent']"));
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-error-summary")).contains("Select who gave consent",
                "Select who the information may be shared with", "Confirm that you read the statement");
        browser.assertAccessible();
        browser.screenshotsAt("consent-errors", 320, 768);

        browser.find("input[name=givenBy][value='Dorota Nowak']").click();
        // two consents in one step: the council, to decide claims and to see evidence
        browser.find("#share-COUNCIL-DECIDE_CLAIMS").click();
        browser.find("#share-COUNCIL-EVIDENCE").click();
        browser.find("input[name=how][value=IN_PERSON]").click();
        browser.find("#agreed").click();
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/staff/households/" + reference);
        assertThat(browser.text("#consent ~ table")).contains("the Luton council benefits office", "Deciding claims", "Seeing evidence",
                "Dorota Nowak, in person", "Given");
        assertThat(browser.all("#consent ~ table tbody tr")).hasSize(2);
        browser.assertAccessible();

        browser.clickAndWait(browser.find("main form[action$='/assess'] button"));
        assertThat(browser.text("#documents ~ ul")).contains("Assessment summary (PDF)",
                "Housing Benefit and Council Tax Reduction claim, filled in (PDF)",
                "Jobcentre Plus referral: record the claimant's consent to share with Jobcentre Plus");
        browser.assertAccessible();
        assertThat(pdfText(browser.find("a[href$='/summary.pdf']").getAttribute("href"))).contains("Dorota Nowak", "Universal Credit");
        assertThat(pdfText(browser.find("a[href$='/forms/hb-ctr-claim.pdf']").getAttribute("href")))
                .contains("Claim for Housing Benefit and Council Tax Reduction");

        // withdrawing asks to confirm, says what stops, and records how they withdrew
        browser.clickAndWait(browser.all("#consent ~ table a[href$='/withdraw']").stream()
                .filter(a -> a.getAttribute("textContent").contains("Seeing evidence")).findFirst().orElseThrow());
        assertThat(browser.text("h1")).isEqualTo("Withdraw consent");
        assertThat(browser.text(".govuk-warning-text")).contains("will no longer see the evidence sent to it",
                "What was shared to decide claims stays shared");
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        browser.screenshotsAt("consent-withdraw", 320, 768);
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-error-summary")).contains("Select how they withdrew consent");
        browser.assertAccessible();
        browser.find("input[name=how][value=IN_WRITING]").click();
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text("#consent ~ table")).contains("Withdrawn", "in writing, recorded by " + StaffLogin.username(Role.ADVISER));
        assertThat(browser.all("#consent ~ table .govuk-tag--green")).as("consent to decide claims stands").hasSize(1);
        browser.screenshotsAt("consent-after-withdrawal", 768);
        assertThat(audit.forRecord("household", reference, 10)).extracting(e -> e.action())
                .contains("record-consent", "withdraw-consent");
    }

    @Test
    void anAdviserAddsEvidenceAndAFileThatIsNotWhatItSaysIsRefused() throws IOException {
        String reference = households.create(json.readValue(HOUSEHOLD, Household.class)).reference();
        Path folder = Files.createTempDirectory("evidence");
        Path fake = Files.writeString(folder.resolve("payslip.pdf"), "not really a PDF");
        Path photo = Files.write(folder.resolve("tenancy agreement.png"), EvidenceCheckTest.png(60, 40));
        signInAsAdviser();
        browser.open("/staff/households/" + reference);
        browser.clickAndWait(browser.find("a[href$='/evidence']"));
        browser.assertAccessible();

        browser.find("#file").sendKeys(fake.toString());
        browser.find("input[name=evidences][value=EARNINGS]").click();
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-error-summary")).contains("The file is not a PDF, JPEG or PNG");
        browser.assertAccessible();

        browser.find("#file").sendKeys(photo.toString());
        browser.find("input[name=evidences][value=RENT]").click();
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/staff/households/" + reference);
        assertThat(browser.text("#evidence ~ table")).contains("tenancy agreement.png", "(PNG, 1 KB)", "Tenancy and rent");
        browser.assertAccessible();
        assertThat(audit.forRecord("household", reference, 10)).extracting(e -> e.action()).contains("upload-evidence");
    }

    @Test
    void anAdviserFinishesAKioskTriageAndAChangeBySomeoneElseIsShownNotLost() throws IOException {
        // as a kiosk leaves it: no names, and what the kiosk does not ask is not known
        String reference = households.create(json.readValue("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1985-03-01", "caresForDisabledPerson": true},
                            {"id": "child1", "role": "CHILD", "dateOfBirth": "2009-01-10"}],
                 "housing": {"tenure": "SOCIAL_RENT", "rent": 500.00, "rentFrequency": "MONTHLY", "bedrooms": 2}}""",
                Household.class)).reference();
        signInAsAdviser();
        browser.open("/staff/households/" + reference);
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        browser.clickAndWait(browser.find("a[href$='/questions']"));
        assertThat(browser.text("h1")).isEqualTo("Questions still to ask");
        assertThat(browser.pageText()).contains("Is the claimant in full-time education", "For Carer's Allowance")
                .doesNotContain("Date of birth");
        browser.assertAccessible();
        browser.find("#people-0-fullTimeStudent-2").click();
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-notification-banner")).contains("Saved as version 2 and assessed again");
        browser.assertAccessible();

        browser.clickAndWait(browser.find("a[href$='/record']"));
        assertThat(browser.text("h1")).isEqualTo("Check and change the record");
        browser.assertAccessible();
        browser.clickAndWait(browser.find("a[href$='/record/housing-rent']"));
        browser.find("#housing-rent").clear();
        browser.find("#housing-rent").sendKeys("five hundred");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-error-summary")).contains("Enter an amount in pounds and pence");
        browser.assertAccessible();

        // meanwhile a colleague changes the rent
        StoredHousehold now = households.get(HouseholdReference.of(reference));
        ObjectNode theirs = json.valueToTree(now.household());
        theirs.with("housing").put("rent", new BigDecimal("515.00"));
        households.update(HouseholdReference.of(reference), now.version(), json.treeToValue(theirs, Household.class), "Amina Khan");
        browser.find("#housing-rent").clear();
        browser.find("#housing-rent").sendKeys("525");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text("h1")).isEqualTo("Someone else changed this record while you were working");
        assertThat(browser.text("table")).contains("£500.00", "£515.00", "£525.00", "Changed by someone else", "Amina Khan, ");
        browser.assertAccessible();
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-notification-banner")).contains("Saved as version 4");
        assertThat(households.get(HouseholdReference.of(reference)).household().housing().rent())
                .isEqualByComparingTo("525.00");
    }

    /** What the browser would download, fetched with its sign-in, as text. */
    private String pdfText(String href) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "staff=" + browser.driver.manage().getCookieNamed("staff").getValue()).build();
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (PDDocument pdf = Loader.loadPDF(response.body())) {
                return new PDFTextStripper().getText(pdf);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void signInAsAdviser() {
        browser.driver.manage().deleteAllCookies();
        browser.open("/staff/sign-in");
        signIn(login.account(Role.ADVISER), StaffLogin.PASSWORD);
        assertThat(browser.path()).isEqualTo("/staff");
    }
}
