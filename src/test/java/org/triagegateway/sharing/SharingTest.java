package org.triagegateway.sharing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.StaffLogin;
import org.triagegateway.assessment.AssessmentService;
import org.triagegateway.audit.AuditEntry;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.documents.EvidenceCheckTest;
import org.triagegateway.documents.EvidenceKind;
import org.triagegateway.documents.EvidenceService;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.security.Role;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An adviser shares a household with each agency; each agency's officers see only their own
 * shares, through every inbox route; consent and a legal gateway are both required; withdrawing
 * consent hides what was shared; every step is in the household's audit trail.
 */
@MicronautTest(transactional = false)
class SharingTest {

    private static final String HOUSEHOLD = """
            {"people": [
              {"id": "claimant", "role": "CLAIMANT", "name": "Amara Okafor", "nationalInsuranceNumber": "AB654321C",
               "dateOfBirth": "1990-03-04", "sex": "FEMALE", "recentNationalInsurance": true,
               "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "gross": 900.00, "takeHome": 850.00, "hoursPerWeek": 16}]},
              {"id": "child1", "role": "CHILD", "name": "Tobi", "dateOfBirth": "2018-09-09"}],
             "housing": {"tenure": "SOCIAL_RENT", "rent": 520.00, "rentFrequency": "MONTHLY", "bedrooms": 2, "council": "Luton",
                         "councilTax": 1400.00}}""";
    private static final Pattern SHARE = Pattern.compile("href=\"/staff/inbox/([0-9a-f-]{36})\"");
    private static final Pattern DOCUMENT = Pattern.compile("href=\"(/staff/inbox/[0-9a-f-]{36}/documents/[0-9a-f-]{36})\"");

    @Inject
    Api adviser;
    @Inject
    StaffLogin login;
    @Inject
    HouseholdService households;
    @Inject
    AssessmentService assessments;
    @Inject
    ConsentService consents;
    @Inject
    EvidenceService evidence;
    @Inject
    AuditTrail audit;
    @Inject
    Router router;
    @Inject
    ChangeOfCircumstances updates;
    @Inject
    ShareService shares;
    @Inject
    ObjectMapper json;

    private HouseholdReference household() throws IOException {
        return household(HOUSEHOLD);
    }

    private HouseholdReference household(String record) throws IOException {
        HouseholdReference reference = HouseholdReference.of(households.create(json.readValue(record, Household.class)).reference());
        assessments.assessAndStore(reference, null);
        return reference;
    }

    private Api.Response share(HouseholdReference reference, String agency, String basis) {
        return adviser.postForm("/staff/households/" + reference.display() + "/share/" + agency, basis == null ? Map.of() : Map.of("basis", basis));
    }

    @Test
    void noShareWithoutConsentAndALegalGateway() throws IOException {
        HouseholdReference reference = household();
        Api.Response noConsent = share(reference, "council", "ctr-information-sharing");
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.body()).contains("has not consented to share with the Luton council benefits office");

        consents.record(reference, Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "Amara Okafor", HowGiven.IN_PERSON, "test");
        assertThat(share(reference, "council", null).body()).contains("Choose the legal gateway");
        assertThat(share(reference, "council", "identify-possible-claimants").status())
                .as("a gateway for Jobcentre Plus does not allow sharing with the council").isEqualTo(400);

        households.update(reference, 1, households.get(reference).household());
        assertThat(share(reference, "council", "ctr-information-sharing").body()).as("results for the record as it is")
                .contains("assess it again first");
        assessments.assessAndStore(reference, java.time.LocalDate.now().plusDays(30));
        assertThat(share(reference, "council", "ctr-information-sharing").body()).as("never a what-if for another day")
                .contains("assess it again first");
        assertThat(inbox(Role.COUNCIL_OFFICER).body()).doesNotContain(reference.display());
        assertThat(actions(reference)).filteredOn("share-refused"::equals).hasSize(5);
    }

    @Test
    void eachAgencySeesOnlyWhatWasSharedWithItAndOnlyWhatItsBenefitsNeed() throws IOException {
        HouseholdReference reference = household();
        consents.record(reference, Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "Amara Okafor", HowGiven.IN_PERSON, "test");
        consents.record(reference, Agency.COUNCIL, Purpose.EVIDENCE, "Amara Okafor", HowGiven.IN_PERSON, "test");
        consents.record(reference, Agency.JOBCENTRE_PLUS, Purpose.DECIDE_CLAIMS, "Amara Okafor", HowGiven.IN_PERSON, "test");
        evidence.upload(reference, "tenancy.png", EvidenceCheckTest.png(30, 20), EvidenceKind.RENT, "test");
        evidence.upload(reference, "bill.png", EvidenceCheckTest.png(30, 20), EvidenceKind.COUNCIL_TAX, "test");

        Api.Response page = adviser.get("/staff/households/" + reference.display() + "/share/council");
        assertThat(page.body()).contains("Housing Benefit", "Council Tax Reduction", "About each person", "Date of birth",
                "tenancy.png", "bill.png", "Welfare Reform Act 2012 s.131(1)").doesNotContain("Universal Credit");
        assertThat(share(reference, "council", "ctr-information-sharing").status()).isEqualTo(303);
        assertThat(share(reference, "jobcentre-plus", "identify-possible-claimants").status()).isEqualTo(303);

        String council = shareId(inbox(Role.COUNCIL_OFFICER), reference);
        String jobcentre = shareId(inbox(Role.JOBCENTRE_OFFICER), reference);
        Api councilOfficer = officer(Role.COUNCIL_OFFICER);
        Api jobcentreOfficer = officer(Role.JOBCENTRE_OFFICER);

        Api.Response councilView = councilOfficer.get("/staff/inbox/" + council);
        assertThat(councilView.status()).isEqualTo(200);
        assertThat(councilView.body()).contains("Amara Okafor", "Housing Benefit", "Council Tax Reduction", "£1,400.00",
                "tenancy.png", "bill.png", "hb-ctr-claim.pdf", "assessment-summary.pdf")
                .as("only what its benefits need").doesNotContain(">Universal Credit</h3>", "Paid National Insurance", ">Sex<");
        Api.Response jobcentreView = jobcentreOfficer.get("/staff/inbox/" + jobcentre);
        assertThat(jobcentreView.body()).contains(">Universal Credit</h3>", "jobcentre-plus-referral.pdf", "Paid National Insurance")
                .as("no evidence without consent to share evidence").doesNotContain("tenancy.png", ">Council Tax Reduction</h3>");

        // every inbox route, asked by the other agency's officer, is "not found"
        String document = documentOf(councilView);
        for (String route : inboxRoutes()) {
            String path = route.substring(route.indexOf(' ') + 1).replace("{id}", council)
                    .replace("{document}", document.substring(document.lastIndexOf('/') + 1));
            Api.Response answer = route.startsWith("GET") ? jobcentreOfficer.get(path)
                    : jobcentreOfficer.postForm(path, Map.of("what", "Everything"));
            assertThat(answer.status()).as(route + " asked by Jobcentre Plus").isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Amara");
        }
        assertThat(inbox(Role.JOBCENTRE_OFFICER).body()).doesNotContain(council);
        assertThat(councilOfficer.download(document).status()).isEqualTo(200);
        assertThat(councilOfficer.download(document).disposition()).startsWith("attachment;");
    }

    @Test
    void anOfficerAsksForMoreTheAdviserSeesItAndWithdrawnConsentHidesTheShare() throws IOException {
        HouseholdReference reference = household();
        consents.record(reference, Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "Amara Okafor", HowGiven.IN_PERSON, "test");
        share(reference, "council", "hb-claim-forwarding");
        String id = shareId(inbox(Role.COUNCIL_OFFICER), reference);
        Api councilOfficer = officer(Role.COUNCIL_OFFICER);
        councilOfficer.get("/staff/inbox/" + id);
        assertThat(adviser.get("/staff/households/" + reference.display()).body()).contains("Opened");

        assertThat(councilOfficer.postForm("/staff/inbox/" + id + "/return", Map.of("what", " ")).status()).isEqualTo(400);
        assertThat(councilOfficer.postForm("/staff/inbox/" + id + "/return", Map.of("what", "The landlord's name and address"))
                .status()).isEqualTo(303);
        String household = adviser.get("/staff/households/" + reference.display()).body();
        assertThat(household).contains("More information requested", "They asked: The landlord&#39;s name and address");
        assertThat(household.substring(household.indexOf("id=\"to-do\""))).contains("The landlord&#39;s name and address");

        assertThat(councilOfficer.postForm("/staff/inbox/" + id + "/accept", Map.of()).status()).isEqualTo(303);
        assertThat(councilOfficer.get("/staff/inbox/" + id).body()).contains("Accepted");

        Consent given = consents.of(reference).get(0);
        String withdraw = "/staff/households/" + reference.display() + "/consent/" + given.id() + "/withdraw";
        assertThat(adviser.get(withdraw).body()).as("asks to confirm, saying what stops").contains("Withdraw consent",
                "The Luton council benefits office will no longer see anything shared with it");
        assertThat(adviser.postForm(withdraw, Map.of()).body()).as("asks how they withdrew").contains("Select how they withdrew consent");
        assertThat(councilOfficer.get("/staff/inbox/" + id).status()).as("nothing withdrawn until confirmed").isEqualTo(200);
        assertThat(adviser.postForm(withdraw, Map.of("how", "BY_PHONE")).status()).isEqualTo(303);
        assertThat(councilOfficer.get("/staff/inbox/" + id).status()).as("hidden once consent is withdrawn").isEqualTo(404);
        assertThat(inbox(Role.COUNCIL_OFFICER).body()).doesNotContain(id);
        assertThat(adviser.get("/staff/households/" + reference.display()).body()).contains("Consent withdrawn");
        assertThat(share(reference, "council", "hb-claim-forwarding").status()).as("nothing more is sent").isEqualTo(400);

        assertThat(actions(reference)).contains("share-with-council", "open-share", "return-share", "accept-share");
        assertThat(officer(Role.COMPLIANCE_OFFICER).get("/staff/audit?household=" + reference.display()).body())
                .as("the household's trail").contains("Household " + reference.display() + ", newest first", "share-with-council",
                        "open-share", "return-share", "accept-share", "withdraw-consent");
    }

    /**
     * Each council is its own agency: a Central Bedfordshire household shared "with the council" goes to
     * Central Bedfordshire's officers, never to Luton's, and a Luton officer asking for it by its address
     * is told it is not there; a household whose council is not known is not shared with any council;
     * and consent given while the home was in Luton does not let it go to Central Bedfordshire after a move.
     */
    @Test
    void eachCouncilSeesOnlyItsOwnHouseholds() throws IOException {
        HouseholdReference luton = household();
        HouseholdReference central = household(HOUSEHOLD.replace("\"council\": \"Luton\"", "\"council\": \"Central Bedfordshire Council\""));
        for (HouseholdReference reference : List.of(luton, central)) {
            consents.record(reference, Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "Amara Okafor", HowGiven.IN_PERSON, "test");
        }
        assertThat(adviser.get("/staff/households/" + central.display() + "/share/council").body())
                .contains("the Central Bedfordshire council benefits office");
        assertThat(share(luton, "council", "hb-claim-forwarding").status()).isEqualTo(303);
        assertThat(share(central, "council", "hb-claim-forwarding").status()).isEqualTo(303);

        Api lutonOfficer = officer(Role.COUNCIL_OFFICER);
        Api centralOfficer = adviser.withCookie(login.councilOfficer("E06000056"));
        assertThat(lutonOfficer.get("/staff/inbox").body()).contains(luton.display()).doesNotContain(central.display());
        assertThat(centralOfficer.get("/staff/inbox").body()).contains(central.display(), "Central Bedfordshire")
                .doesNotContain(luton.display());
        String centralShare = shareId(centralOfficer.get("/staff/inbox"), central);
        String centralDocument = documentOf(centralOfficer.get("/staff/inbox/" + centralShare));
        assertThat(centralOfficer.download(centralDocument).status()).as("its own council downloads it").isEqualTo(200);
        for (String route : inboxRoutes()) {
            String path = route.substring(route.indexOf(' ') + 1).replace("{id}", centralShare)
                    .replace("{document}", centralDocument.substring(centralDocument.lastIndexOf('/') + 1));
            Api.Response answer = route.startsWith("GET") ? lutonOfficer.get(path) : lutonOfficer.postForm(path, Map.of("what", "All"));
            assertThat(answer.status()).as(route + " asked by a Luton officer").isEqualTo(404);
        }

        // consent is recorded only for the council the person was told of
        String consentPage = "/staff/households/" + luton.display() + "/consent";
        assertThat(adviser.postForm(consentPage, Map.of("givenBy", "Amara Okafor", "share-COUNCIL-EVIDENCE", "yes", "how", "IN_PERSON",
                "agreed", "yes", "council", "E06000056")).body()).contains("The home&#39;s council changed while this page was open");
        assertThat(consents.allows(luton, Recipient.council("E06000032"), Purpose.EVIDENCE)).isFalse();

        HouseholdReference nowhere = household(HOUSEHOLD.replace("\"council\": \"Luton\",", ""));
        assertThat(share(nowhere, "council", "hb-claim-forwarding").body()).as("no council known, no share")
                .contains("We do not know which council this household");
        assertThat(adviser.get("/staff/households/" + nowhere.display() + "/consent").body())
                .contains("We do not know which council the home is in").doesNotContain("share-COUNCIL-DECIDE_CLAIMS");

        long version = households.get(luton).version();
        Household moved = json.readValue(HOUSEHOLD.replace("\"council\": \"Luton\"", "\"council\": \"Central Bedfordshire\""),
                Household.class);
        households.update(luton, version, moved);
        assessments.assessAndStore(luton, null);
        assertThat(share(luton, "council", "hb-claim-forwarding").body()).as("consent was for Luton")
                .contains("has not consented to share with the Central Bedfordshire council benefits office");
        assertThat(updates.sendDue(anHourLater())).as("Luton, which was sent the household, is told of the move").isEqualTo(1);
        assertThat(lutonOfficer.get("/staff/inbox/" + shareId(lutonOfficer.get("/staff/inbox"), luton)).body())
                .contains("A change of circumstances", "Central Bedfordshire");
    }

    /** "Share" pressed twice, or sent twice by a flaky connection, sends one share; a fresh page can send another. */
    @Test
    void theShareButtonPressedTwiceSendsOneShare() throws IOException {
        HouseholdReference reference = household();
        consents.record(reference, Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "Amara Okafor", HowGiven.IN_PERSON, "test");
        String path = "/staff/households/" + reference.display() + "/share/council";
        Map<String, String> form = Map.of("basis", "hb-claim-forwarding", "submission", submission(adviser.get(path)));

        assertThat(adviser.postForm(path, form).status()).isEqualTo(303);
        assertThat(adviser.postForm(path, form).status()).as("the second press finds the first share").isEqualTo(303);
        assertThat(shares.of(reference)).hasSize(1);

        assertThat(adviser.postForm(path, Map.of("basis", "hb-claim-forwarding", "submission", submission(adviser.get(path))))
                .status()).isEqualTo(303);
        assertThat(shares.of(reference)).as("sent again on purpose, from the page").hasSize(2);
    }

    private static String submission(Api.Response page) {
        Matcher m = Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"").matcher(page.body());
        assertThat(m.find()).as("the share page carries its submission").isTrue();
        return m.group(1);
    }

    /**
     * Consent is withdrawn for what it covered and nothing else: without consent to see evidence, the
     * council's officers no longer see the tenancy agreement, but still see the household, its results and
     * its claim form; and the claim form names the consent to decide claims, even beside a newer one.
     */
    @Test
    void withdrawingConsentToSeeEvidenceHidesTheEvidenceAndNothingElse() throws IOException {
        HouseholdReference reference = household();
        consents.record(reference, Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "Amara Okafor", HowGiven.BY_PHONE, "test");
        Consent evidenceConsent = consents.record(reference, Agency.COUNCIL, Purpose.EVIDENCE, "Amara Okafor", HowGiven.IN_PERSON, "test");
        evidence.upload(reference, "tenancy.png", EvidenceCheckTest.png(30, 20), EvidenceKind.RENT, "test");
        assertThat(share(reference, "council", "hb-claim-forwarding").status()).isEqualTo(303);
        String id = shareId(inbox(Role.COUNCIL_OFFICER), reference);
        Api councilOfficer = officer(Role.COUNCIL_OFFICER);
        Api.Response before = councilOfficer.get("/staff/inbox/" + id);
        String tenancy = documentNamed(before, "tenancy.png");
        assertThat(councilOfficer.download(tenancy).status()).isEqualTo(200);
        assertThat(formField(councilOfficer.download(documentNamed(before, "hb-ctr-claim.pdf")).body(), "consent"))
                .as("the form names the consent it rests on, not the newer one").contains("by phone").doesNotContain("in person")
                .endsWith("for deciding claims");

        assertThat(adviser.postForm("/staff/households/" + reference.display() + "/consent/" + evidenceConsent.id() + "/withdraw",
                Map.of("how", "IN_WRITING")).status()).isEqualTo(303);

        Api.Response after = councilOfficer.get("/staff/inbox/" + id);
        assertThat(after.status()).as("the share stays").isEqualTo(200);
        assertThat(after.body()).contains("Amara Okafor", "Housing Benefit", "hb-ctr-claim.pdf", "assessment-summary.pdf")
                .doesNotContain("tenancy.png");
        assertThat(councilOfficer.download(tenancy).status()).as("the evidence is gone").isEqualTo(404);
        assertThat(share(reference, "council", "hb-claim-forwarding").status()).isEqualTo(303);
        assertThat(councilOfficer.get("/staff/inbox").body()).contains(reference.display());
        assertThat(consents.allows(reference, Agency.COUNCIL, Purpose.EVIDENCE)).isFalse();
        for (Share sent : shares.of(reference)) {
            assertThat(councilOfficer.get("/staff/inbox/" + sent.id()).body()).as("no share, old or new, shows the evidence")
                    .doesNotContain("tenancy.png");
        }
        assertThat(consents.allows(reference, Agency.COUNCIL, Purpose.DECIDE_CLAIMS)).isTrue();
        assertThat(adviser.get("/staff/households/" + reference.display()).body()).contains("in writing, recorded by");
    }

    @Test
    void aChangeOfCircumstancesGoesOnlyToTheAgenciesWhoseValuesChanged() throws IOException {
        HouseholdReference reference = household();
        for (Agency agency : Agency.values()) {
            consents.record(reference, agency, Purpose.DECIDE_CLAIMS, "Amara Okafor", HowGiven.IN_PERSON, "test");
        }
        share(reference, "council", "hb-claim-forwarding");
        share(reference, "jobcentre-plus", "identify-possible-claimants");
        int councilBefore = sharesOf(reference, Role.COUNCIL_OFFICER);
        int jobcentreBefore = sharesOf(reference, Role.JOBCENTRE_OFFICER);
        String page = "/staff/households/" + reference.display();

        // Jobcentre Plus's New Style JSA asks about National Insurance; the council's benefits do not
        assertThat(adviser.postForm(page + "/record", Map.of("version", "1", "mode", "change",
                "facts", "people-0-recentNationalInsurance", "people-0-recentNationalInsurance", "false")).status()).isEqualTo(303);
        String unsent = adviser.get(page).body();
        assertThat(unsent).contains("Changes not sent yet", "For Jobcentre Plus", "Paid National Insurance in the last two or three tax years",
                "Send the update").doesNotContain("For the Luton council benefits office");
        assertThat(updates.sendDue(Instant.now().minus(Duration.ofHours(1)))).as("nothing goes while the adviser is at work on the case")
                .isZero();
        assertThat(sharesOf(reference, Role.JOBCENTRE_OFFICER)).isEqualTo(jobcentreBefore);

        Api.Response stale = adviser.postForm(page + "/updates", Map.of("version", "1"));
        assertThat(stale.location()).as("what goes is what the adviser checked").endsWith("?done=changed-before-sending#unsent");
        assertThat(sharesOf(reference, Role.JOBCENTRE_OFFICER)).isEqualTo(jobcentreBefore);
        Api.Response sent = adviser.postForm(page + "/updates", Map.of("version", "2"));
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location()).endsWith("?updates=1#sharing");
        assertThat(adviser.get(page + "?updates=1").body()).contains("Sent 1 update.", "Jobcentre Plus (DWP)</span>: an update")
                .doesNotContain("Changes not sent yet");
        assertThat(adviser.postForm(page + "/updates", Map.of("version", "2")).location()).as("pressed again, nothing more goes")
                .endsWith("?updates=0#sharing");
        assertThat(updates.sendDue(anHourLater())).as("nothing left to send").isZero();
        assertThat(sharesOf(reference, Role.COUNCIL_OFFICER)).as("nothing the council gets changed").isEqualTo(councilBefore);
        Api.Response update = officer(Role.JOBCENTRE_OFFICER).get("/staff/inbox/" + shareId(inbox(Role.JOBCENTRE_OFFICER), reference));
        assertThat(update.body()).contains("A change of circumstances: this updates what was shared on", "What changed",
                "Paid National Insurance in the last two or three tax years");

        // a typo put right in the same visit never travels; left unsent, the update goes once the case is quiet
        assertThat(adviser.postForm(page + "/record", Map.of("version", "2", "mode", "change",
                "facts", "housing-rent", "housing-rent", "650")).status()).isEqualTo(303);
        assertThat(adviser.postForm(page + "/record", Map.of("version", "3", "mode", "change",
                "facts", "housing-rent", "housing-rent", "560")).status()).isEqualTo(303);
        assertThat(adviser.get(page).body()).contains("For the Luton council benefits office", "£520.00", "£560.00")
                .doesNotContain("£650.00");
        assertThat(updates.sendDue(anHourLater())).as("one update each, with what changed over the visit").isEqualTo(2);
        assertThat(sharesOf(reference, Role.COUNCIL_OFFICER)).as("the rent is the council's business").isEqualTo(councilBefore + 1);
        String councilUpdate = officer(Role.COUNCIL_OFFICER).get("/staff/inbox/" + shareId(inbox(Role.COUNCIL_OFFICER), reference)).body();
        assertThat(councilUpdate).contains("What changed", "£520.00", "£560.00").doesNotContain("£650.00");
        assertThat(actions(reference)).contains("share-update-with-jobcentre-plus", "share-update-with-council");
    }

    /** As if the adviser had left the case an hour ago: every change so far is older than this moment. */
    private static Instant anHourLater() {
        return Instant.now().plusSeconds(1);
    }

    private int sharesOf(HouseholdReference reference, Role officer) {
        String body = inbox(officer).body();
        return body.split(">" + reference.display() + "<", -1).length - 1;
    }

    private Api officer(Role role) {
        return adviser.withCookie(login.cookie(role));
    }

    private Api.Response inbox(Role role) {
        return officer(role).get("/staff/inbox");
    }

    private static String shareId(Api.Response inbox, HouseholdReference reference) {
        String body = inbox.body();
        int at = body.indexOf(">" + reference.display() + "<");
        assertThat(at).as("the inbox lists " + reference.display()).isPositive();
        Matcher m = SHARE.matcher(body.substring(body.lastIndexOf("<a", at)));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String documentOf(Api.Response share) {
        Matcher m = DOCUMENT.matcher(share.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String documentNamed(Api.Response share, String name) {
        Matcher m = Pattern.compile("href=\"(/staff/inbox/[0-9a-f-]{36}/documents/[0-9a-f-]{36})\"[^>]*>[^<]*" + Pattern.quote(name))
                .matcher(share.body());
        assertThat(m.find()).as(name + " is listed").isTrue();
        return m.group(1);
    }

    private static String formField(byte[] pdf, String field) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentCatalog().getAcroForm().getField(field).getValueAsString();
        }
    }

    private List<String> inboxRoutes() {
        List<String> routes = router.uriRoutes().filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate()).filter(r -> r.contains("/staff/inbox/{id}"))
                .distinct().sorted().toList();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(4);
        return routes;
    }

    private List<String> actions(HouseholdReference reference) {
        return audit.forRecord("household", reference.display(), 100).stream().map(AuditEntry::action).toList();
    }
}
