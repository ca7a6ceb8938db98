package org.triagegateway.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triagegateway.household.Household;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Following a household through changes in one session gives what a fresh session gives each time. */
class RulesEngineEachTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(RuleBase.load(Path.of("rules")));
    }

    /**
     * Pay that rises and falls, a child who comes and goes, a move, childcare, a disability, savings
     * in two equal accounts and then one: over forty households, so that the run is split.
     */
    @Test
    void eachHouseholdGetsExactlyWhatItWouldGetOnItsOwn() throws IOException {
        List<Household> households = new ArrayList<>();
        for (int pay = 0; pay <= 3000; pay += 150) {
            households.add(household(pay, "", "SOCIAL_RENT", ""));
        }
        households.add(household(900, ", {\"id\": \"child2\", \"role\": \"CHILD\", \"dateOfBirth\": \"2024-01-01\"}",
                "SOCIAL_RENT", ""));
        households.add(household(900, "", "PRIVATE_RENT", ", \"childcare\": {\"cost\": 300.00, \"frequency\": \"MONTHLY\"}"));
        households.add(household(900, ", {\"id\": \"child2\", \"role\": \"CHILD\", \"dateOfBirth\": \"2024-01-01\", "
                + "\"disability\": {\"benefit\": \"DLA_CARE_HIGHEST\"}}", "PRIVATE_RENT", ""));
        households.add(household(0, "", "OWNER_OCCUPIER", ", \"capital\": [{\"type\": \"SAVINGS\", \"amount\": 17000.00}]"));
        households.add(household(0, "", "SOCIAL_RENT", ""));
        String twoAccounts = ", \"capital\": [{\"type\": \"SAVINGS\", \"amount\": 9000.00}, "
                + "{\"type\": \"SAVINGS\", \"amount\": 9000.00}]";
        households.add(household(600, "", "SOCIAL_RENT", twoAccounts));
        households.add(household(600, "", "SOCIAL_RENT", ", \"capital\": [{\"type\": \"SAVINGS\", \"amount\": 9000.00}]"));
        households.add(household(600, "", "SOCIAL_RENT", twoAccounts));
        for (int pay = 3000; pay >= 0; pay -= 250) {
            households.add(household(pay, "", "SOCIAL_RENT", ""));
        }
        LocalDate date = LocalDate.of(2026, 6, 1);

        List<Evaluation> followed = engine.evaluateEach(households, date);

        assertThat(households).hasSizeGreaterThan(40);
        assertThat(followed).hasSize(households.size());
        for (int i = 0; i < households.size(); i++) {
            assertThat(followed.get(i)).as("household " + i).isEqualTo(engine.evaluate(households.get(i), date));
        }
    }

    private static Household household(int monthlyPay, String morePeople, String tenure, String more) throws IOException {
        String earnings = monthlyPay == 0 ? "" : ", \"earnings\": [{\"kind\": \"EMPLOYED\", \"frequency\": \"MONTHLY\", "
                + "\"gross\": " + monthlyPay + ", \"hoursPerWeek\": 30}]";
        return JSON.readValue("""
                {"people": [
                  {"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1990-05-01", "recentNationalInsurance": false%s},
                  {"id": "child1", "role": "CHILD", "dateOfBirth": "2018-02-02"}%s],
                 "housing": {"tenure": "%s", "rent": 650.00, "rentFrequency": "MONTHLY", "bedrooms": 2, "rentalArea": "luton",
                             "council": "Luton", "councilTax": 1500.00}%s}
                """.formatted(earnings, morePeople, tenure, more), Household.class);
    }
}
