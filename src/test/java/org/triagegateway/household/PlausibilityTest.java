package org.triagegateway.household;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which values ask "is this right?": each month's figure worked out by hand from the amount and how often it is paid. */
class PlausibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode household(String rent, String rentFrequency, String gross, String payFrequency) throws Exception {
        return JSON.readTree("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1985-03-01",
                             "earnings": [{"frequency": "%s", "gross": %s}],
                             "otherIncome": [{"type": "STATE_PENSION", "frequency": "WEEKLY", "amount": 4700}]}],
                 "housing": {"tenure": "PRIVATE_RENT", "rent": %s, "rentFrequency": "%s", "councilTax": 12000}}"""
                .formatted(payFrequency, gross, rent, rentFrequency));
    }

    private static List<String> doubts(JsonNode household, String... changed) {
        return Plausibility.of(household, java.util.Arrays.stream(changed).map(p -> FactPath.parse(p).orElseThrow()).toList())
                .stream().map(Plausibility.Doubt::question).toList();
    }

    @Test
    void rentIsQuestionedOverFiveThousandPoundsAMonth() throws Exception {
        // 1,000 a week x 52 / 12 = 4,333.33; 1,200 a week x 52 / 12 = 5,200.00
        assertThat(doubts(household("1000", "WEEKLY", "100", "WEEKLY"), "housing.rent")).isEmpty();
        assertThat(doubts(household("1200", "WEEKLY", "100", "WEEKLY"), "housing.rent"))
                .containsExactly("That is £5,200.00 a month in rent: more than almost any home costs.");
        assertThat(doubts(household("5000", "MONTHLY", "100", "WEEKLY"), "housing.rent")).as("not over the limit").isEmpty();
        assertThat(doubts(household("1200", "MONTHLY", "100", "WEEKLY"), "housing.rent")).isEmpty();
        assertThat(doubts(household("1200", "WEEKLY", "100", "WEEKLY"), "housing.rentFrequency"))
                .as("a monthly rent changed to weekly").hasSize(1);
    }

    @Test
    void payAndOtherIncomeAreQuestionedOverTwentyThousandPoundsAMonth() throws Exception {
        // 4,700 a week x 52 / 12 = 20,366.67; 9,000 a fortnight x 26 / 12 = 19,500.00
        assertThat(doubts(household("500", "MONTHLY", "4700", "WEEKLY"), "people[0].earnings[0].gross"))
                .containsExactly("That is £20,366.67 a month in pay, which is unusually high.");
        assertThat(doubts(household("500", "MONTHLY", "9000", "FORTNIGHTLY"), "people[0].earnings[0].gross")).isEmpty();
        assertThat(doubts(household("500", "MONTHLY", "240000", "YEARLY"), "people[0].earnings[0].frequency"))
                .as("a year's pay of £240,000 is £20,000 a month: not over").isEmpty();
        assertThat(doubts(household("500", "MONTHLY", "100", "WEEKLY"), "people[0].otherIncome[0].amount"))
                .containsExactly("That is £20,366.67 a month, which is unusually high.");
    }

    @Test
    void onlyTheValuesChangedAreQuestioned() throws Exception {
        JsonNode household = household("1200", "WEEKLY", "4700", "WEEKLY");
        assertThat(doubts(household, "people[0].dateOfBirth")).isEmpty();
        assertThat(doubts(household, "housing.councilTax")).containsExactly("£12,000.00 a year is more council tax than almost any home is charged.");
    }
}
