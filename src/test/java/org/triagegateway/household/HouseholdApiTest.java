package org.triagegateway.household;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class HouseholdApiTest {

    static final String FAMILY = """
            {"people": [
               {"id": "claimant", "role": "CLAIMANT", "name": "Sam Example", "dateOfBirth": "1990-05-01",
                "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "gross": 1400.00, "takeHome": 1210.55}]},
               {"id": "child1", "role": "CHILD", "dateOfBirth": "2019-02-02"}],
             "housing": {"tenure": "SOCIAL_RENT", "rent": 525.00, "rentFrequency": "MONTHLY"},
             "capital": [{"type": "SAVINGS", "amount": 1200.50}]}
            """;

    @Inject
    Api api;

    @Test
    void aCapturedHouseholdGetsAShortReferenceAndReadsBackExactly() {
        Api.Response created = api.post("/api/v1/households", FAMILY);

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String reference = body.path("reference").asText();
        assertThat(reference).matches("[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{3}");
        assertThat(created.location()).isEqualTo("/api/v1/households/" + reference);
        assertThat(body.path("version").asLong()).isEqualTo(1);

        JsonNode read = api.get("/api/v1/households/" + reference).json();
        assertThat(read.path("household")).isEqualTo(body.path("household"));
        assertThat(read.at("/household/people/0/earnings/0/takeHome").decimalValue()).isEqualByComparingTo("1210.55");
        assertThat(read.at("/household/capital/0/amount").decimalValue()).isEqualByComparingTo("1200.50");
    }

    @Test
    void referencesAreReadWithoutDashesAndInAnyCase() {
        String reference = api.post("/api/v1/households", FAMILY).json().path("reference").asText();

        Api.Response read = api.get("/api/v1/households/" + reference.replace("-", "").toLowerCase());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("reference").asText()).isEqualTo(reference);
    }

    @Test
    void anUpdateAgainstTheCurrentVersionMakesANewVersion() {
        JsonNode created = api.post("/api/v1/households", FAMILY).json();
        String reference = created.path("reference").asText();
        ObjectNode household = (ObjectNode) created.path("household");
        ((ObjectNode) household.at("/housing")).put("rent", 540.00);

        Api.Response updated = api.put("/api/v1/households/" + reference,
                "{\"version\": 1, \"household\": " + household + "}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("version").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/households/" + reference).json().at("/household/housing/rent").decimalValue())
                .isEqualByComparingTo("540.00");
    }

    @Test
    void aStaleVersionIsRefusedWith409AndChangesNothing() {
        JsonNode created = api.post("/api/v1/households", FAMILY).json();
        String reference = created.path("reference").asText();
        ObjectNode household = (ObjectNode) created.path("household");
        ((ObjectNode) household.at("/housing")).put("rent", 540.00);
        api.put("/api/v1/households/" + reference, "{\"version\": 1, \"household\": " + household + "}");

        ((ObjectNode) household.at("/housing")).put("rent", 999.00);
        Api.Response stale = api.put("/api/v1/households/" + reference,
                "{\"version\": 1, \"household\": " + household + "}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().path("detail").asText())
                .contains("changed by someone else", "version 1", "version 2", "nothing is lost");
        JsonNode current = api.get("/api/v1/households/" + reference).json();
        assertThat(current.path("version").asLong()).isEqualTo(2);
        assertThat(current.at("/household/housing/rent").decimalValue()).isEqualByComparingTo("540.00");
    }

    @Test
    void householdsAreListedByReferenceWithoutPersonalData() {
        String first = api.post("/api/v1/households", FAMILY).json().path("reference").asText();
        String second = api.post("/api/v1/households", FAMILY).json().path("reference").asText();

        Api.Response listed = api.get("/api/v1/households?reference=" + first + "&reference=" + second);

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().findValuesAsText("reference")).containsExactlyInAnyOrder(first, second);
        assertThat(listed.body()).doesNotContain("Sam Example", "1990-05-01");
    }

    @Test
    void anUnknownReferenceIs404AndAMistypedOneIs400() {
        Api.Response unknown = api.get("/api/v1/households/" + HouseholdReference.generate().display());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("title").asText()).isEqualTo("Household not found");

        String reference = api.post("/api/v1/households", FAMILY).json().path("reference").asText();
        char last = reference.charAt(reference.length() - 1);
        String mistyped = reference.substring(0, reference.length() - 1) + (last == 'Z' ? 'Y' : 'Z');
        Api.Response bad = api.get("/api/v1/households/" + mistyped);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("detail").asText()).contains("mistyped");
    }
}
