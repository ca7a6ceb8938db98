package org.triagegateway.rules;

import org.junit.jupiter.api.Test;
import org.triagegateway.household.Household;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The working reads from the rent to the element, as the rules are written, not alphabetically. */
class StepsInTheOrderOfTheWorkingTest {


    @Test
    void aPrivateRentersHousingCostsReadFromTheRentToTheElement() throws Exception {
        Household household = TestRules.household("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1986-01-01"}],
                 "housing": {"tenure": "PRIVATE_RENT", "rent": 800.00, "rentFrequency": "MONTHLY", "rentalArea": "luton",
                             "council": "Luton"}}
                """);

        for (Evaluation evaluation : List.of(TestRules.ENGINE.evaluate(household, LocalDate.of(2026, 6, 1)),
                TestRules.ENGINE.evaluateEach(List.of(household, household), LocalDate.of(2026, 6, 1)).get(1))) {
            List<String> steps = evaluation.benefit("universal_credit").steps().stream().map(BenefitResult.Explanation::text)
                    .filter(text -> text.startsWith("Rent as a monthly figure") || text.startsWith("Local Housing Allowance")
                            || text.startsWith("Housing costs"))
                    .map(text -> text.substring(0, Math.min(24, text.length()))).toList();
            assertThat(steps).containsExactly("Rent as a monthly figure", "Local Housing Allowance ", "Housing costs: the lower",
                    "Housing costs element: £");
        }
    }
}
