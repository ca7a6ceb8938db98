package org.triagegateway.rules;

import org.junit.jupiter.api.Test;
import org.triagegateway.household.Household;
import org.triagegateway.rules.facts.Decision.Status;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result's reasons agree with its status: "you might get" never stands beside a reason it cannot
 * be had. Benefits of one person (New Style JSA, Carer's Allowance) can rule one partner out and
 * leave the other; the reason that ruled the first out stays in the working, with whose it is.
 */
class ReasonsAgreeWithStatusTest {

    @Test
    void aCoupleWhereOneWorksFullTimeMightGetNewStyleJsaForTheOtherWithoutTheWorkersReason() throws Exception {
        Household couple = TestRules.household("""
                {"people": [
                  {"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1988-03-01",
                   "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "gross": 2100.00, "hoursPerWeek": 37.5}]},
                  {"id": "partner", "role": "PARTNER", "dateOfBirth": "1990-07-01"}],
                 "housing": {"tenure": "SOCIAL_RENT", "rent": 600.00, "rentFrequency": "MONTHLY", "bedrooms": 1, "council": "Luton"}}
                """);

        BenefitResult jsa = TestRules.ENGINE.evaluate(couple, LocalDate.of(2026, 6, 1)).benefits().stream()
                .filter(r -> r.benefit().equals("new_style_jsa")).findFirst().orElseThrow();

        assertThat(jsa.status()).isEqualTo(Status.POSSIBLY_ELIGIBLE);
        assertThat(jsa.reasons()).noneMatch(reason -> reason.contains("16 hours"));
        assertThat(jsa.steps()).anyMatch(step -> step.text().startsWith("claimant works 16 hours or more"));
    }

    @Test
    void whoeverCannotGetItIsToldWhy() throws Exception {
        Household single = TestRules.household("""
                {"people": [
                  {"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1988-03-01",
                   "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "gross": 2100.00, "hoursPerWeek": 37.5}]}],
                 "housing": {"tenure": "SOCIAL_RENT", "rent": 600.00, "rentFrequency": "MONTHLY", "bedrooms": 1, "council": "Luton"}}
                """);

        BenefitResult jsa = TestRules.ENGINE.evaluate(single, LocalDate.of(2026, 6, 1)).benefits().stream()
                .filter(r -> r.benefit().equals("new_style_jsa")).findFirst().orElseThrow();

        assertThat(jsa.status()).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(jsa.reasons()).contains("in work of 16 hours or more a week");
    }
}
