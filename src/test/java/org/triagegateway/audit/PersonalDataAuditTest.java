package org.triagegateway.audit;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.documents.EvidenceCheckTest;
import org.triagegateway.documents.EvidenceKind;
import org.triagegateway.documents.EvidenceService;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.ConsentService;
import org.triagegateway.sharing.HowGiven;
import org.triagegateway.sharing.Purpose;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff route that reads or changes a stored household (those with a {reference} in
 * their path) writes an audit entry naming it: the routes come from the router, so a new one
 * cannot be forgotten.
 */
@MicronautTest(transactional = false)
class PersonalDataAuditTest {

    private static final String HOUSEHOLD = """
            {"people": [{"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1990-01-01",
                         "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "takeHome": 900.00, "gross": 1000.00,
                                       "hoursPerWeek": 20}]}],
             "housing": {"tenure": "SOCIAL_RENT", "rent": 100.00, "rentFrequency": "WEEKLY", "council": "Luton"}}""";
    private static final String SWEEP = """
            {"person": "claimant"}""";

    @Inject
    Router router;
    @Inject
    Api api;
    @Inject
    AuditTrail trail;
    @Inject
    ConsentService consents;
    @Inject
    EvidenceService evidence;
    @Inject
    HouseholdService households;

    @Test
    void everyRouteThatTakesAHouseholdReferenceAuditsEachUse() {
        String reference = api.post("/api/v1/households", HOUSEHOLD).json().path("reference").asText();
        String assessment = api.post("/api/v1/households/" + reference + "/assessments", "").json().path("id").asText();
        List<String> routes = router.uriRoutes().filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .filter(r -> r.getUriMatchTemplate().toString().contains("{reference}"))
                // distinct: the router lists a route of an intercepted (audited) method twice
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate()).distinct().sorted().toList();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(7);

        String consent = consents.record(HouseholdReference.of(reference), Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "The claimant",
                HowGiven.IN_PERSON, "test").id().toString();
        String document = evidence.upload(HouseholdReference.of(reference), "payslip.png", EvidenceCheckTest.png(20, 10),
                EvidenceKind.EARNINGS, "test").id().toString();
        Map<String, String> consentForm = Map.of("givenBy", "The claimant", "share-JOBCENTRE_PLUS-DECIDE_CLAIMS", "yes",
                "how", "BY_PHONE", "agreed", "yes", "council", "E06000032");
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replace("{reference}", reference)
                    .replace("{id}", route.contains("consent") ? consent : route.contains("evidence") ? document : assessment)
                    .replace("{fact}", "people-0-pregnant").replace("{form}", "hb-ctr-claim.pdf")
                    // the consent route gave consent to share with Jobcentre Plus, and the record route assessed again
                    .replace("{agency}", "jobcentre-plus")
                    // a second job added, then the first taken away
                    .replace("{list}", "people-0-earnings")
                    .replace("section/{item}", "section/housing").replace("{item}", "people-0-earnings-0");
            long version = households.get(HouseholdReference.of(reference)).version();
            int before = entriesFor(reference);
            Api.Response response = switch (method) {
                case "GET" -> api.get(path);
                case "PUT" -> api.put(path, "{\"version\": " + version + ", \"household\": " + HOUSEHOLD + "}");
                default -> path.endsWith("/evidence")
                        ? api.postFile(path, Map.of("evidences", "RENT"), "tenancy.png", EvidenceCheckTest.png(30, 20))
                        : path.endsWith("/share/jobcentre-plus") ? api.postForm(path, Map.of("basis", "identify-possible-claimants"))
                        : path.endsWith("/record") ? api.postForm(path, Map.of("version", String.valueOf(version), "mode", "change",
                                "facts", "people-0-pregnant", "people-0-pregnant", "true"))
                        : path.endsWith("/add/people-0-earnings") ? api.postForm(path, Map.of("people-0-earnings-1-kind", "EMPLOYED",
                                "people-0-earnings-1-frequency", "MONTHLY", "people-0-earnings-1-gross", "500"))
                        : path.endsWith("/remove/people-0-earnings-0") ? api.postForm(path, Map.of("version", String.valueOf(version)))
                        : path.startsWith("/staff") ? api.postForm(path, path.endsWith("/consent") ? consentForm
                                : path.endsWith("/withdraw") ? Map.of("how", "IN_WRITING") : Map.of())
                        : api.post(path, path.contains("better-off") ? SWEEP : "");
            };
            assertThat(response.status()).as(route + ": " + response.body()).isBetween(200, 303);
            assertThat(entriesFor(reference)).as(route + " writes one audit entry").isEqualTo(before + 1);
        }
    }

    private int entriesFor(String reference) {
        return trail.forRecord("household", reference, 1000).size() + trail.forRecord("assessment", reference, 1000).size();
    }
}
