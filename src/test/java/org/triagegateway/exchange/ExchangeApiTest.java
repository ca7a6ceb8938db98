package org.triagegateway.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.assessment.AssessmentService;
import org.triagegateway.audit.AuditEntry;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.Consent;
import org.triagegateway.sharing.ConsentService;
import org.triagegateway.sharing.HowGiven;
import org.triagegateway.sharing.Purpose;
import org.triagegateway.sharing.Share;
import org.triagegateway.sharing.ShareService;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency's system lists, fetches and acknowledges the shares sent to its agency, and nothing
 * else: not another agency's (on every exchange route), not a withdrawn one, not without its key.
 */
@MicronautTest(transactional = false)
class ExchangeApiTest {

    static final String COUNCIL_KEY = "test-council-key-0123456789abcdef0123456789";
    static final String JOBCENTRE_KEY = "test-jobcentre-key-0123456789abcdef0123456789";
    /** Central Bedfordshire's system: a council beside Luton, and its own agency. */
    static final String CENTRAL_BEDFORDSHIRE_KEY = "test-central-bedfordshire-key-0123456789abcdef";
    private static final AuditTrail.Actor ADVISER = new AuditTrail.Actor("test-adviser", "Adviser", null);

    @Inject
    EmbeddedServer server;
    @Inject
    HouseholdService households;
    @Inject
    AssessmentService assessments;
    @Inject
    ConsentService consents;
    @Inject
    ShareService shares;
    @Inject
    AuditTrail audit;
    @Inject
    Router router;
    @Inject
    Api adviser;
    @Inject
    ObjectMapper json;

    private final HttpClient client = HttpClient.newHttpClient();

    /** A household shared with both agencies: the council's share and Jobcentre Plus's. */
    private List<Share> sharedWithBoth() throws IOException {
        HouseholdReference reference = HouseholdReference.of(households.create(json.readValue("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "name": "Wei Chen", "dateOfBirth": "1988-08-08"}],
                 "housing": {"tenure": "PRIVATE_RENT", "rent": 700.00, "rentFrequency": "MONTHLY", "council": "Luton"}}""",
                Household.class)).reference());
        assessments.assessAndStore(reference, null);
        for (Agency agency : Agency.values()) {
            consents.record(reference, agency, Purpose.DECIDE_CLAIMS, "Wei Chen", HowGiven.IN_PERSON, "test");
        }
        return List.of(shares.send(reference, Agency.COUNCIL, "hb-claim-forwarding", ADVISER),
                shares.send(reference, Agency.JOBCENTRE_PLUS, "identify-possible-claimants", ADVISER));
    }

    @Test
    void anAgencysSystemFetchesAndAcknowledgesItsOwnShares() throws Exception {
        List<Share> both = sharedWithBoth();
        Share council = both.get(0);

        JsonNode pending = json.readTree(send("GET", "/api/v1/exchange/shares", COUNCIL_KEY).body());
        HttpResponse<String> lowerCase = client.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/exchange/shares"))
                .header("Authorization", "bearer " + COUNCIL_KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(lowerCase.statusCode()).as("the scheme's name in any case").isEqualTo(200);
        assertThat(pending.findValuesAsText("id")).contains(council.id().toString()).doesNotContain(both.get(1).id().toString());

        HttpResponse<String> fetched = send("GET", "/api/v1/exchange/shares/" + council.id(), COUNCIL_KEY);
        assertThat(fetched.statusCode()).isEqualTo(200);
        JsonNode share = json.readTree(fetched.body());
        assertThat(share.path("content").path("household").path("people").get(0).path("name").asText()).isEqualTo("Wei Chen");
        assertThat(share.path("content").path("lawfulBasis").path("id").asText()).isEqualTo("hb-claim-forwarding");
        assertThat(share.path("content").path("results").findValuesAsText("benefit"))
                .contains("housing_benefit").doesNotContain("universal_credit");
        String document = share.path("documents").get(0).path("href").asText();
        HttpResponse<String> pdf = send("GET", document, COUNCIL_KEY);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");

        assertThat(send("POST", "/api/v1/exchange/shares/" + council.id() + "/acknowledge", COUNCIL_KEY).statusCode()).isEqualTo(204);
        assertThat(send("POST", "/api/v1/exchange/shares/" + council.id() + "/acknowledge", COUNCIL_KEY).statusCode())
                .as("again: nothing changes").isEqualTo(204);
        assertThat(json.readTree(send("GET", "/api/v1/exchange/shares", COUNCIL_KEY).body()).findValuesAsText("id"))
                .doesNotContain(council.id().toString());
        assertThat(audit.forRecord("household", council.householdReference(), 50)).extracting(AuditEntry::action)
                .containsOnlyOnce("acknowledge-share").contains("open-share", "download-shared-document");
        assertThat(audit.forRecord("household", council.householdReference(), 50)).filteredOn(e -> e.action().equals("open-share"))
                .extracting(AuditEntry::actor).contains("system:council-e06000032");
    }

    @Test
    void noSystemSeesAnotherAgencysShareOrOneWithoutConsent() throws Exception {
        List<Share> both = sharedWithBoth();
        Share council = both.get(0);
        String document = json.readTree(send("GET", "/api/v1/exchange/shares/" + council.id(), COUNCIL_KEY).body())
                .path("documents").get(0).path("id").asText();
        List<String> routes = router.uriRoutes().filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate()).filter(r -> r.contains("/api/v1/exchange/shares/{id}"))
                .distinct().sorted().toList();
        assertThat(routes).hasSize(3);
        for (String route : routes) {
            String path = route.substring(route.indexOf(' ') + 1).replace("{id}", council.id().toString()).replace("{document}", document);
            String method = route.substring(0, route.indexOf(' '));
            assertThat(send(method, path, JOBCENTRE_KEY).statusCode()).as(route + " with Jobcentre Plus's key").isEqualTo(404);
            assertThat(send(method, path, CENTRAL_BEDFORDSHIRE_KEY).statusCode()).as(route + " with another council's key")
                    .isEqualTo(404);
            HttpResponse<String> withoutKey = send(method, path, null);
            assertThat(withoutKey.statusCode()).as(route + " without a key").isEqualTo(401);
            assertThat(withoutKey.headers().firstValue("WWW-Authenticate")).as("says how to sign in").hasValue("Bearer realm=\"exchange\"");
            assertThat(send(method, path, "not-a-key-" + COUNCIL_KEY).statusCode()).as(route + " with a wrong key").isEqualTo(401);
        }
        assertThat(adviser.get("/api/v1/exchange/shares").status()).as("staff are not agency systems").isIn(401, 403);
        assertThat(json.readTree(send("GET", "/api/v1/exchange/shares", CENTRAL_BEDFORDSHIRE_KEY).body()).findValuesAsText("id"))
                .as("Luton's share is not in Central Bedfordshire's list").doesNotContain(council.id().toString());

        Consent given = consents.of(HouseholdReference.of(council.householdReference())).stream()
                .filter(c -> c.agency() == Agency.COUNCIL).findFirst().orElseThrow();
        consents.withdraw(HouseholdReference.of(council.householdReference()), given.id(), "test", HowGiven.BY_PHONE);
        assertThat(send("GET", "/api/v1/exchange/shares/" + council.id(), COUNCIL_KEY).statusCode()).isEqualTo(404);
        assertThat(json.readTree(send("GET", "/api/v1/exchange/shares", COUNCIL_KEY).body()).findValuesAsText("id"))
                .doesNotContain(council.id().toString());
    }

    private HttpResponse<String> send(String method, String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path)).header("Accept", "*/*")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
