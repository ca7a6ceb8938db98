package org.triagegateway.rules;

import org.junit.jupiter.api.Test;
import org.triagegateway.household.Household;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A question is asked only where its answer could change a result. */
class OnlyQuestionsThatCanChangeAResultTest {

    private static List<String> universalCreditQuestions(int bedrooms) throws Exception {
        Household household = TestRules.household("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1980-03-01",
                             "disability": {"benefit": "PIP_DAILY_LIVING_STANDARD"}}],
                 "housing": {"tenure": "SOCIAL_RENT", "rent": 420.00, "rentFrequency": "MONTHLY", "bedrooms": %d,
                             "council": "Luton"}}
                """.formatted(bedrooms));
        return TestRules.ENGINE.evaluate(household, LocalDate.of(2026, 6, 1)).benefit("universal_credit").questions().stream()
                .map(BenefitResult.MissingFact::fact).toList();
    }

    @Test
    void aSocialTenantWithNoSpareRoomIsNotAskedAboutAnExtraBedroom() throws Exception {
        // single: one bedroom allowed (UC Regs 2013 Sch 4 para 10); an extra one (para 12) could only lift a cut
        // for a bedroom beyond those allowed (para 36), and a one-bedroom home has none
        assertThat(universalCreditQuestions(1)).doesNotContain("people[0].needsExtraBedroom");
        assertThat(universalCreditQuestions(2)).contains("people[0].needsExtraBedroom");
    }
}
