package org.triagegateway.kiosk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagegateway.household.Household;
import org.triagegateway.rules.BenefitResult;
import org.triagegateway.rules.Evaluation;
import org.triagegateway.rules.facts.Decision.Status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The results' totals a month: what you could get, what you might get, and what is paid apart. */
@MicronautTest
class KioskTotalsTest {

    @Inject
    KioskResults results;

    @Inject
    JsonMapper json;

    private Household household(String otherIncome) throws Exception {
        return json.readValue("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1990-01-01", "otherIncome": %s}]}
                """.formatted(otherIncome), Household.class);
    }

    private Household nobodyRecordsJsa;

    @BeforeEach
    void aHouseholdWithNoBenefitsRecorded() throws Exception {
        nobodyRecordsJsa = household("[]");
    }

    private static BenefitResult result(String id, Status status, String amount, String period) {
        return new BenefitResult(id, id, status, amount == null ? null : new BigDecimal(amount), period, "DWP",
                List.of(), List.of(), List.of(), List.of());
    }

    private static Evaluation evaluation(BenefitResult... results) {
        return new Evaluation(LocalDate.of(2026, 6, 1), "r", "p", List.of(results), List.of());
    }

    @Test
    void eachTotalIsAMonthAndWhatIsPaidOnceAYearOrLessOftenIsNamedApart() {
        KioskResults.Totals totals = results.totals(evaluation(
                result("universal_credit", Status.POSSIBLY_ELIGIBLE, "1545.07", "month"),
                // 27.05 x 52 / 12 = 117.2166... = £117.22
                result("child_benefit", Status.ELIGIBLE, "27.05", "week"),
                result("warm_home_discount", Status.ELIGIBLE, "150.00", "year"),
                result("cold_weather_payment", Status.ELIGIBLE, "25.00", "cold spell"),
                result("housing_benefit", Status.NOT_ELIGIBLE, null, "week"),
                result("income_tax", Status.CALCULATED, "129.68", "year")), nobodyRecordsJsa, Locale.UK, KioskLanguage.ENGLISH);

        assertThat(totals.could()).isEqualTo("£117.22");
        assertThat(totals.might()).isEqualTo("£1,545.07");
        assertThat(totals.apart()).isEqualTo("Warm Home Discount, Cold Weather Payment");
    }

    @Test
    void whatUniversalCreditTakesOffInFullIsNotAddedBesideItAgain() {
        KioskResults.Totals totals = results.totals(evaluation(
                result("universal_credit", Status.ELIGIBLE, "1200.00", "month"),
                result("new_style_jsa", Status.POSSIBLY_ELIGIBLE, "95.55", "week")), nobodyRecordsJsa, Locale.UK, KioskLanguage.ENGLISH);

        assertThat(totals.could()).isEqualTo("£1,200.00");
        assertThat(totals.might()).isNull();
    }

    @Test
    void carersAllowanceIsAddedBecauseUniversalCreditsFigureHasTakenItOffAlready() {
        KioskResults.Totals totals = results.totals(evaluation(
                // the carer couple of KioskCarersBrowserTest: 1,356.31 - 374.62 = 981.69 after Carer's Allowance
                result("universal_credit", Status.ELIGIBLE, "981.69", "month"),
                // 86.45 x 52 / 12 = 374.62; 981.69 + 374.62 = 1,356.31
                result("carers_allowance", Status.ELIGIBLE, "86.45", "week")), nobodyRecordsJsa, Locale.UK, KioskLanguage.ENGLISH);

        assertThat(totals.could()).isEqualTo("£1,356.31");
    }

    @Test
    void besideALessSureUniversalCreditWhatItTakesOffIsCountedAndTheCreditIsWhatIsLeft() {
        KioskResults.Totals totals = results.totals(evaluation(
                result("universal_credit", Status.POSSIBLY_ELIGIBLE, "1000.00", "month"),
                // 95.55 x 52 / 12 = 414.05; Universal Credit left 1,000.00 - 414.05 = £585.95
                result("new_style_esa", Status.ELIGIBLE, "95.55", "week")), nobodyRecordsJsa, Locale.UK, KioskLanguage.ENGLISH);

        assertThat(totals.could()).isEqualTo("£414.05");
        assertThat(totals.might()).isEqualTo("£585.95");
    }

    @Test
    void withoutUniversalCreditNewStyleJsaIsCounted() {
        KioskResults.Totals totals = results.totals(evaluation(
                result("universal_credit", Status.NOT_ELIGIBLE, null, "month"),
                // 95.55 x 52 / 12 = 414.05
                result("new_style_jsa", Status.POSSIBLY_ELIGIBLE, "95.55", "week")), nobodyRecordsJsa, Locale.UK, KioskLanguage.ENGLISH);

        assertThat(totals.could()).isNull();
        assertThat(totals.might()).isEqualTo("£414.05");
        assertThat(totals.apart()).isEmpty();
    }

    @Test
    void newStyleJsaAboveTheUniversalCreditItWouldBeTakenOffIsWhatIsPaid() {
        KioskResults.Totals totals = results.totals(evaluation(
                // a partner's pay leaves £50 of Universal Credit; JSA is not means-tested on it:
                // 75.65 x 52 / 12 = 327.8166... = £327.82, and nothing of Universal Credit is left after it
                result("universal_credit", Status.ELIGIBLE, "50.00", "month"),
                result("new_style_jsa", Status.ELIGIBLE, "75.65", "week")), nobodyRecordsJsa, Locale.UK, KioskLanguage.ENGLISH);

        assertThat(totals.could()).isEqualTo("£327.82");
        assertThat(totals.might()).isNull();
    }

    @Test
    void aSureUniversalCreditBelowAPossibleJsaLeavesTheDifferenceAsMightGet() {
        KioskResults.Totals totals = results.totals(evaluation(
                result("universal_credit", Status.ELIGIBLE, "300.00", "month"),
                // 327.82 - 300.00 = £27.82 more if the contributions are there
                result("new_style_jsa", Status.POSSIBLY_ELIGIBLE, "75.65", "week")), nobodyRecordsJsa, Locale.UK, KioskLanguage.ENGLISH);

        assertThat(totals.could()).isEqualTo("£300.00");
        assertThat(totals.might()).isEqualTo("£27.82");
    }

    @Test
    void jsaRecordedAsIncomeIsAlreadyTakenOffUniversalCreditSoBothAreCounted() throws Exception {
        KioskResults.Totals totals = results.totals(evaluation(
                // Universal Credit worked out net of the £327.82 a month recorded: 800.00 + 327.82 = £1,127.82
                result("universal_credit", Status.ELIGIBLE, "800.00", "month"),
                result("new_style_jsa", Status.ELIGIBLE, "75.65", "week")),
                household("[{\"type\": \"NEW_STYLE_JSA\", \"frequency\": \"WEEKLY\", \"amount\": 75.65}]"),
                Locale.UK, KioskLanguage.ENGLISH);

        assertThat(totals.could()).isEqualTo("£1,127.82");
    }
}
