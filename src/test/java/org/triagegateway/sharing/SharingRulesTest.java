package org.triagegateway.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** rules/sharing.yaml holds together, and a share keeps only the values its agency's benefits need. */
class SharingRulesTest {

    private static final Path FILE = Path.of("rules", "sharing.yaml");
    private static final Set<String> BENEFITS = Set.of("housing_benefit", "council_tax_reduction", "universal_credit",
            "new_style_jsa", "new_style_esa", "carers_allowance", "pension_credit");

    @Test
    void theFileNamesOnlyRealBenefitsAndValuesAndHasAGatewayForEachAgency() {
        SharingRules.File file = SharingRules.read(FILE);
        assertThat(SharingRules.problems(file, BENEFITS)).isEmpty();
        assertThat(file.lawfulBases()).allSatisfy(b -> assertThat(b.source()).startsWith("https://www.legislation.gov.uk/"));

        SharingRules.File broken = new SharingRules.File(Map.of(Agency.COUNCIL, new SharingRules.AgencyRules(
                List.of("housing_benefit", "lottery"), List.of(), List.of())),
                Map.of("housing_benefit", List.of("people.shoeSize", "housing.rent")), List.of());
        assertThat(SharingRules.problems(broken, BENEFITS)).containsExactlyInAnyOrder(
                "nothing said for JOBCENTRE_PLUS",
                "COUNCIL gets lottery, which the rule base does not have",
                "no values listed for lottery",
                "housing_benefit lists people.shoeSize, which is not in the household record",
                "no lawful basis for sharing with COUNCIL",
                "no lawful basis for sharing with JOBCENTRE_PLUS");
    }

    @Test
    void aShareKeepsOnlyWhatItsBenefitsNeed() throws Exception {
        JsonNode household = new ObjectMapper().readTree("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "name": "A", "dateOfBirth": "1990-01-01", "sex": "FEMALE",
                             "recentNationalInsurance": true, "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "gross": 10}]},
                            {"id": "child1", "role": "CHILD", "dateOfBirth": "2019-01-01", "sex": "MALE"}],
                 "housing": {"tenure": "SOCIAL_RENT", "rent": 500, "council": "Luton", "councilTax": 1400},
                 "capital": [{"type": "SAVINGS", "amount": 100}]}""");
        SharingRules.File file = SharingRules.read(FILE);
        SharingRules rules = new SharingRules(file);

        JsonNode council = rules.minimise(household, Agency.COUNCIL);
        assertThat(council.path("people").get(0).path("name").asText()).isEqualTo("A");
        assertThat(council.path("people").get(0).has("sex")).as("the council's benefits do not ask").isFalse();
        assertThat(council.path("people").get(0).has("recentNationalInsurance")).isFalse();
        assertThat(council.path("people").get(1).path("role").asText()).isEqualTo("CHILD");
        assertThat(council.path("people").get(0).path("earnings").get(0).path("gross").asInt()).isEqualTo(10);
        assertThat(council.path("housing").path("councilTax").asInt()).isEqualTo(1400);
        assertThat(council.path("capital")).hasSize(1);

        JsonNode jobcentre = rules.minimise(household, Agency.JOBCENTRE_PLUS);
        assertThat(jobcentre.path("people").get(1).path("sex").asText()).as("Universal Credit's bedrooms").isEqualTo("MALE");
        assertThat(jobcentre.path("people").get(0).path("recentNationalInsurance").asBoolean()).isTrue();
        assertThat(rules.values(Agency.COUNCIL)).contains("housing").doesNotContain("housing.council");
    }
}
