package org.triagegateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.Rows;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is answered 400 with one problem+json shape naming each bad field, and nothing is stored. */
@MicronautTest
class ValidationApiTest {

    @Inject
    Api api;

    @Inject
    Rows rows;

    @Test
    void malformedJsonIsABadRequestWithoutAStackTrace() {
        Api.Response response = rejected("{\"people\": [");

        assertThat(response.json().path("detail").asText()).contains("not well-formed JSON");
        assertThat(response.body()).doesNotContain("Exception", "at org.", "com.fasterxml");
    }

    @Test
    void anUnknownFieldIsNamed() {
        JsonNode errors = rejected("""
                {"people": [{"id": "c", "role": "CLAIMANT", "dateOfBirth": "1990-01-01", "favouriteColour": "blue"}]}
                """).json().path("errors");

        assertThat(errors.get(0).path("field").asText()).isEqualTo("people[0].favouriteColour");
        assertThat(errors.get(0).path("message").asText()).contains("not a field we know");
    }

    @Test
    void anImpossibleDateIsNamed() {
        JsonNode errors = rejected("""
                {"people": [{"id": "c", "role": "CLAIMANT", "dateOfBirth": "1990-02-30"}]}
                """).json().path("errors");

        assertThat(errors.get(0).path("field").asText()).isEqualTo("people[0].dateOfBirth");
        assertThat(errors.get(0).path("message").asText()).contains("YYYY-MM-DD");
    }

    @Test
    void anUnknownChoiceListsTheChoices() {
        JsonNode errors = rejected("""
                {"people": [{"id": "c", "role": "LODGER", "dateOfBirth": "1990-01-01"}]}
                """).json().path("errors");

        assertThat(errors.get(0).path("field").asText()).isEqualTo("people[0].role");
        assertThat(errors.get(0).path("message").asText()).contains("CLAIMANT", "PARTNER", "CHILD");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        String born131YearsAgo = LocalDate.now().minusYears(131).toString();
        JsonNode problem = rejected("""
                {"people": [
                  {"id": "c", "role": "CLAIMANT", "dateOfBirth": "%s",
                   "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "takeHome": -5.00}]},
                  {"id": "k", "role": "CHILD", "dateOfBirth": "2999-01-01"}],
                 "capital": [{"type": "SAVINGS", "amount": 10.001}]}
                """.formatted(born131YearsAgo)).json();

        assertThat(problem.path("title").asText()).isEqualTo("The request is not valid");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "capital[0].amount",
                "people[0].dateOfBirth",
                "people[0].earnings[0].takeHome",
                "people[1].dateOfBirth");
    }

    @Test
    void aHouseholdNeedsExactlyOneClaimant() {
        Api.Response response = rejected("""
                {"people": [{"id": "k", "role": "CHILD", "dateOfBirth": "2015-01-01"}]}
                """);

        assertThat(response.json().at("/errors/0/message").asText()).contains("exactly one claimant");
    }

    @Test
    void earningsNeedAnAmount() {
        Api.Response response = rejected("""
                {"people": [{"id": "c", "role": "CLAIMANT", "dateOfBirth": "1990-01-01",
                             "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY"}]}]}
                """);

        assertThat(response.json().at("/errors/0/field").asText()).startsWith("people[0].earnings[0]");
        assertThat(response.json().at("/errors/0/message").asText()).contains("gross pay, the take-home pay or both");
    }

    @Test
    void aRejectedHouseholdIsNotStored() {
        long households = rows.households();
        long versions = rows.householdVersions();

        rejected("""
                {"people": [{"id": "c", "role": "CLAIMANT", "dateOfBirth": "1990-01-01",
                             "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "takeHome": -1}]}]}
                """);

        assertThat(rows.households()).isEqualTo(households);
        assertThat(rows.householdVersions()).isEqualTo(versions);
    }

    @Test
    void aChildMustBeUnder20AndCapitalMustBelongToSomeoneListed() {
        JsonNode errors = rejected("""
                {"people": [{"id": "c", "role": "CLAIMANT", "dateOfBirth": "1970-01-01"},
                            {"id": "son", "role": "CHILD", "dateOfBirth": "1995-01-01"}],
                 "capital": [{"type": "SAVINGS", "amount": 100.00, "ownerId": "nobody"}]}
                """).json().path("errors");

        assertThat(errors.findValuesAsText("message")).anyMatch(m -> m.contains("OTHER_ADULT"))
                .anyMatch(m -> m.contains("capital owned by people in the household"));
    }

    @Test
    void householdsAreOnlyListedByReference() {
        Api.Response response = api.get("/api/v1/households");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("\"reference\":\"");
    }

    @Test
    void anUnknownRouteIsAProblemToo() {
        Api.Response response = api.get("/api/v1/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(Problem.CONTENT_TYPE);
    }

    private Api.Response rejected(String body) {
        Api.Response response = api.post("/api/v1/households", body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(Problem.CONTENT_TYPE);
        assertThat(response.json().path("status").asInt()).isEqualTo(400);
        return response;
    }
}
