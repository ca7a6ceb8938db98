package org.triagegateway.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.Rows;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class AssessmentApiTest {

    /** Single, 36, take-home £1,000 a month, one child born 2018, social rent. */
    static final String PARENT = """
            {"people": [
               {"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1990-05-01",
                "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "takeHome": 1000.00}]},
               {"id": "child1", "role": "CHILD", "dateOfBirth": "2018-02-02"}],
             "housing": {"tenure": "SOCIAL_RENT", "rent": 500.00, "rentFrequency": "MONTHLY", "bedrooms": 2}}
            """;

    @Inject
    Api api;

    @Inject
    Rows rows;

    @Test
    void aHouseholdInTheBodyIsAssessedWithoutBeingStored() {
        long households = rows.households();
        long assessments = rows.assessments();

        Api.Response response = api.post("/api/v1/assessments?date=2026-05-01", PARENT);

        assertThat(response.status()).isEqualTo(200);
        JsonNode uc = universalCredit(response.json());
        // 424.90 + 303.94 + rent 500.00 = 1,228.84; (1000.00 - 427.00) x 55% = 315.15; 1,228.84 - 315.15 = 913.69
        assertThat(uc.path("status").asText()).isEqualTo("ELIGIBLE");
        assertThat(uc.path("amount").decimalValue()).isEqualByComparingTo("913.69");
        assertThat(uc.path("agency").asText()).contains("Jobcentre Plus");
        assertThat(uc.path("steps").findValuesAsText("legalReference")).allMatch(ref -> !ref.isBlank());
        assertThat(uc.path("steps").findValuesAsText("key")).hasSize(uc.path("steps").size())
                .contains("UC Regs 2013 reg 36: the standard allowance is part of the maximum amount");
        assertThat(uc.path("evidence").size()).isPositive();
        assertThat(rows.households()).isEqualTo(households);
        assertThat(rows.assessments()).isEqualTo(assessments);
    }

    @Test
    void everyBenefitIsReportedWithAStatusAndItsReasonsOrQuestions() {
        JsonNode benefits = api.post("/api/v1/assessments?date=2026-05-01", PARENT).json().path("benefits");

        assertThat(benefits.findValuesAsText("benefit")).contains("universal_credit", "child_benefit", "pension_credit",
                "housing_benefit", "council_tax_reduction", "new_style_jsa", "new_style_esa", "free_school_meals",
                "healthy_start", "personal_independence_payment");
        for (JsonNode benefit : benefits) {
            String status = benefit.path("status").asText();
            switch (benefit.path("benefit").asText()) {
                case "universal_credit" -> assertThat(status).isEqualTo("ELIGIBLE");
                // one child, 2026/27: the eldest child rate
                case "child_benefit" -> assertThat(benefit.path("amount").decimalValue()).isEqualByComparingTo("27.05");
                // only take-home pay is known, so tax and contributions cannot be worked out
                case "income_tax", "national_insurance" ->
                        assertThat(benefit.path("reasons").get(0).asText()).contains("gross pay");
                case "pension_credit" -> assertThat(benefit.path("reasons").get(0).asText()).contains("State Pension age");
                case "housing_benefit" -> assertThat(benefit.path("reasons").get(0).asText()).contains("Universal Credit");
                // the council is not given, and working-age schemes are each council's own
                case "council_tax_reduction" -> assertThat(status).isEqualTo("POSSIBLY_ELIGIBLE");
                // take-home pay of 1,000.00 is over the 616.67 limit in force until September 2026
                case "free_school_meals" -> assertThat(status).isEqualTo("NOT_ELIGIBLE");
                default -> assertThat(status).isIn("ELIGIBLE", "NOT_ELIGIBLE", "POSSIBLY_ELIGIBLE");
            }
            if (status.equals("NOT_ELIGIBLE")) {
                assertThat(benefit.path("reasons").size()).as(benefit.path("benefit").asText() + " says why").isPositive();
            }
        }
    }

    @Test
    void aStoredAssessmentReadsBackExactlyAsDecided() {
        String reference = api.post("/api/v1/households", PARENT).json().path("reference").asText();

        Api.Response created = api.post("/api/v1/households/" + reference + "/assessments?date=2025-09-01", "");

        assertThat(created.status()).isEqualTo(201);
        JsonNode stored = created.json();
        assertThat(stored.at("/result/ruleBaseVersion").asText()).hasSize(16);
        assertThat(stored.at("/result/parameterSetVersion").asText()).hasSize(16);
        assertThat(stored.path("householdVersion").asLong()).isEqualTo(1);
        // 2025/26: 400.14 + 292.81 + 500.00 = 1,192.95; (1000.00 - 411.00) x 55% = 323.95; 1,192.95 - 323.95 = 869.00
        assertThat(universalCredit(stored.path("result")).path("amount").decimalValue()).isEqualByComparingTo("869.00");

        Api.Response read = api.get(created.location());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(stored);
        assertThat(api.get("/api/v1/households/" + reference + "/assessments").json().get(0)).isEqualTo(stored);
    }

    @Test
    void aStoredAssessmentKeepsWhatWasDecidedAfterTheHouseholdChanges() {
        JsonNode household = api.post("/api/v1/households", PARENT).json();
        String reference = household.path("reference").asText();
        Api.Response first = api.post("/api/v1/households/" + reference + "/assessments?date=2026-05-01", "");

        ObjectNode moreEarnings = (ObjectNode) household.path("household");
        ((ObjectNode) moreEarnings.at("/people/0/earnings/0")).put("takeHome", new BigDecimal("1200.00"));
        assertThat(api.put("/api/v1/households/" + reference, "{\"version\": 1, \"household\": " + moreEarnings + "}")
                .status()).isEqualTo(200);
        JsonNode second = api.post("/api/v1/households/" + reference + "/assessments?date=2026-05-01", "").json();

        JsonNode firstAgain = api.get(first.location()).json();
        assertThat(firstAgain).isEqualTo(first.json());
        assertThat(firstAgain.path("householdVersion").asLong()).isEqualTo(1);
        assertThat(universalCredit(firstAgain.path("result")).path("amount").decimalValue()).isEqualByComparingTo("913.69");
        // 200.00 more take-home pay: 55% of it, 110.00, less Universal Credit
        assertThat(second.path("householdVersion").asLong()).isEqualTo(2);
        assertThat(universalCredit(second.path("result")).path("amount").decimalValue()).isEqualByComparingTo("803.69");
    }

    @Test
    void theResultListsTheCouncilsLocalServicesBeforeTheNationalOnes() {
        String inLuton = PARENT.replace("\"bedrooms\": 2", "\"bedrooms\": 2, \"council\": \"Luton\"");

        JsonNode luton = api.post("/api/v1/assessments?date=2026-05-01", inLuton).json().path("localServices");
        JsonNode nowhere = api.post("/api/v1/assessments?date=2026-05-01", PARENT).json().path("localServices");

        assertThat(luton.size()).isGreaterThan(nowhere.size());
        assertThat(nowhere.size()).isPositive();
        assertThat(luton.get(0).path("source").asText()).startsWith("https://");
        assertThat(luton.get(luton.size() - 1)).isEqualTo(nowhere.get(nowhere.size() - 1));
    }

    @Test
    void aDateOutsideTheRulesIsABadRequest() {
        Api.Response response = api.post("/api/v1/assessments?date=2019-01-01", PARENT);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asText()).contains("2019-01-01 is outside that range");
    }

    @Test
    void aDateThatIsNotADateIsABadRequest() {
        Api.Response response = api.post("/api/v1/assessments?date=2026-13-45", PARENT);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("date");
    }

    @Test
    void anAssessmentOfAnUnknownHouseholdIs404() {
        Api.Response response = api.get("/api/v1/households/" + org.triagegateway.household.HouseholdReference.generate()
                .display() + "/assessments/3f1c1f7e-0000-4000-8000-000000000000");

        assertThat(response.status()).isEqualTo(404);
    }

    private static JsonNode universalCredit(JsonNode evaluation) {
        for (JsonNode benefit : evaluation.path("benefits")) {
            if (benefit.path("benefit").asText().equals("universal_credit")) {
                return benefit;
            }
        }
        throw new AssertionError("No Universal Credit result in " + evaluation);
    }
}
