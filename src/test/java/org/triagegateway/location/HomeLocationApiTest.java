package org.triagegateway.location;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A household's postcode gives its council and rental area as it is saved; names people write are kept as the council's. */
@MicronautTest
class HomeLocationApiTest {

    @Inject
    Api api;

    private static String renting(String housing) {
        return """
                {"people": [{"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1990-05-01"}],
                 "housing": {"tenure": "PRIVATE_RENT", "rent": 700.00, "rentFrequency": "MONTHLY", %s}}
                """.formatted(housing);
    }

    @Test
    void aPostcodeInOneCouncilAndAreaGivesBoth() {
        JsonNode housing = api.post("/api/v1/households", renting("\"postcode\": \"me156jq\"")).json().at("/household/housing");

        assertThat(housing.path("postcode").asText()).isEqualTo("ME15 6JQ");
        assertThat(housing.path("council").asText()).isEqualTo("Maidstone");
        assertThat(housing.path("rentalArea").asText()).isEqualTo("maidstone");
    }

    @Test
    void aPostcodeOnARentalAreaBoundaryLeavesTheAreaToBeAskedAndTheRulesAskIt() {
        JsonNode stored = api.post("/api/v1/households", renting("\"postcode\": \"LU5 4AA\"")).json();

        assertThat(stored.at("/household/housing/council").asText()).isEqualTo("Central Bedfordshire");
        assertThat(stored.at("/household/housing/rentalArea").isMissingNode() || stored.at("/household/housing/rentalArea").isNull()).isTrue();
        JsonNode result = api.post("/api/v1/households/" + stored.path("reference").asText() + "/assessments", "").json();
        assertThat(result.toString()).contains("housing.rentalArea").contains("LU5 4AA");
    }

    @Test
    void theCouncilAsPrintedOnTheBillIsKeptAsTheCouncilsName() {
        JsonNode housing = api.post("/api/v1/households", renting("\"council\": \"Luton Borough Council\"")).json().at("/household/housing");

        assertThat(housing.path("council").asText()).isEqualTo("Luton");
        assertThat(housing.path("rentalArea").asText()).as("every Luton postcode district in the pilot data is in the Luton area")
                .isEqualTo("luton");
    }

    @Test
    void anUnknownCouncilOrAreaOrAPlaceThatDoesNotFitThePostcodeIsRefusedAndSaysWhy() {
        Map<String, String> refusals = Map.of(
                "\"council\": \"Kent County Council\"", "must name an English council",
                "\"rentalArea\": \"atlantis\"", "must name an English council and a rental area we know",
                "\"postcode\": \"LU1\"", "must be a UK postcode",
                "\"council\": \"Luton\", \"postcode\": \"ME15 6JQ\"", "The postcode ME15 6JQ is not in Luton",
                "\"postcode\": \"ME15 6JQ\", \"rentalArea\": \"luton\"", "The rental area luton is not one",
                "\"council\": \"Bedford\", \"rentalArea\": \"medway_swale\"", "The rental area medway_swale is not one");
        refusals.forEach((housing, why) -> {
            Api.Response refused = api.post("/api/v1/households", renting(housing));
            assertThat(refused.status()).as(housing).isEqualTo(400);
            assertThat(refused.body()).as(housing).contains(why);
        });
    }

    @Test
    void aNewPostcodeTakesTheCouncilAndAreaOfTheOldOneAwayUnlessTheyAreChangedToo() {
        JsonNode luton = api.post("/api/v1/households", renting("\"postcode\": \"LU4 9AA\", \"council\": \"Luton\"")).json();
        String reference = luton.path("reference").asText();
        assertThat(luton.at("/household/housing/rentalArea").asText()).isEqualTo("luton");

        JsonNode moved = luton.path("household").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) moved.path("housing")).put("postcode", "ME15 6JQ");
        JsonNode maidstone = api.put("/api/v1/households/" + reference, "{\"version\": 1, \"household\": " + moved + "}").json();
        assertThat(maidstone.at("/household/housing/council").asText()).isEqualTo("Maidstone");
        assertThat(maidstone.at("/household/housing/rentalArea").asText()).isEqualTo("maidstone");

        JsonNode away = maidstone.path("household").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) away.path("housing")).put("postcode", "NE1 4ST");
        JsonNode unknown = api.put("/api/v1/households/" + reference, "{\"version\": 2, \"household\": " + away + "}").json();
        assertThat(unknown.at("/household/housing/council").isMissingNode() || unknown.at("/household/housing/council").isNull())
                .as("a postcode outside our data: the old council is not kept").isTrue();
    }

    @Test
    void theReferenceListsAreThereForOtherSystems() {
        assertThat(api.get("/api/v1/councils?search=luton").json().findValuesAsText("code")).containsExactly("E06000032");
        assertThat(api.get("/api/v1/rental-areas").json().size()).isEqualTo(152);
        assertThat(api.get("/api/v1/postcodes/LU5%204AA").json().findValuesAsText("id")).contains("luton", "bedford");
        assertThat(api.get("/api/v1/postcodes/nonsense").status()).isEqualTo(400);
    }
}
