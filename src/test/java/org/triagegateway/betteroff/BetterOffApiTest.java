package org.triagegateway.betteroff;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.Rows;
import org.triagegateway.household.HouseholdReference;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class BetterOffApiTest {

    /** Single, 36, one child born 2018, social rent, not working. */
    static final String PARENT = """
            {"people": [
               {"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1990-05-01", "recentNationalInsurance": false},
               {"id": "child1", "role": "CHILD", "dateOfBirth": "2018-02-02"}],
             "housing": {"tenure": "SOCIAL_RENT", "rent": 500.00, "rentFrequency": "MONTHLY", "bedrooms": 2}}
            """;
    static final String SWEEP = """
            {"person": "claimant", "hourlyWage": 12.71, "fromHours": 0, "toHours": 30, "stepHours": 10}""";

    @Inject
    Api api;

    @Inject
    Rows rows;

    @Test
    void aHouseholdInTheBodyIsSweptWithoutBeingStored() {
        long households = rows.households();

        Api.Response response = api.post("/api/v1/better-off?date=2026-06-01",
                "{\"household\": " + PARENT + ", \"sweep\": " + SWEEP + "}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode points = response.json().path("points");
        assertThat(points).as("0, 10, 16, 20 and 30 hours").hasSize(5);
        // 20 hours: 20 x 12.71 = 254.20 a week; x 52 / 12 = 1,101.53 a month
        assertThat(points.get(3).path("grossPay").decimalValue()).isEqualByComparingTo("1101.53");
        assertThat(points.get(0).path("benefits").findValuesAsText("benefit")).contains("universal_credit", "child_benefit");
        assertThat(response.json().path("marginalRates")).hasSize(4);
        assertThat(response.json().at("/summary/sentences/0").asText()).startsWith("If you work 16 hours a week at £12.71 an hour");
        assertThat(rows.households()).isEqualTo(households);
    }

    @Test
    void aStoredHouseholdIsSweptByItsReferenceAndItsChartComesAsSvg() {
        String reference = api.post("/api/v1/households", PARENT).json().path("reference").asText();

        Api.Response sweep = api.post("/api/v1/households/" + reference + "/better-off?date=2026-06-01", SWEEP);
        Api.Response chart = api.post("/api/v1/households/" + reference + "/better-off/chart?date=2026-06-01", SWEEP);

        assertThat(sweep.status()).isEqualTo(200);
        assertThat(sweep.json().path("person").asText()).isEqualTo("claimant");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.contentType()).startsWith("image/svg+xml");
        assertThat(chart.body()).startsWith("<svg").contains("<title id=\"better-off-title\">").contains("<desc id=\"better-off-summary\">");
    }

    @Test
    void aSweepThatCannotRunIsAClearProblemNotAStackTrace() {
        Api.Response noPerson = api.post("/api/v1/better-off",
                "{\"household\": " + PARENT + ", \"sweep\": {\"person\": \"partner\"}}");
        assertThat(noPerson.status()).isEqualTo(400);
        assertThat(noPerson.contentType()).startsWith("application/problem+json");
        assertThat(noPerson.body()).contains("There is no person 'partner'").doesNotContain("Exception");

        Api.Response badStep = api.post("/api/v1/better-off",
                "{\"household\": " + PARENT + ", \"sweep\": {\"person\": \"claimant\", \"stepHours\": 0}}");
        assertThat(badStep.status()).isEqualTo(400);
        assertThat(badStep.body()).contains("stepHours");

        Api.Response unknown = api.post("/api/v1/households/" + HouseholdReference.generate().display() + "/better-off", SWEEP);
        assertThat(unknown.status()).isEqualTo(404);
    }
}
