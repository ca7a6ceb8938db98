package org.triagegateway.betteroff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The household's money a month at one point of a sweep. Net income is after tax, National
 * Insurance, pension contributions, the High Income Child Benefit Charge, rent, council tax and
 * childcare; it is null when income tax or National Insurance cannot be worked out.
 */
@Introspected
@Schema(description = "The household's money a month at one point of the sweep.")
public record SweepPoint(
        @Nullable BigDecimal hoursPerWeek,
        @Schema(description = "The swept person's gross pay a month.") BigDecimal grossPay,
        @Schema(description = "Gross pay a month of the claimant and partner together.") BigDecimal earnings,
        @Nullable BigDecimal incomeTax,
        @Nullable BigDecimal nationalInsurance,
        BigDecimal pensionContributions,
        @Schema(description = "The claimant's and partner's income other than work and the benefits worked out here.")
        BigDecimal otherIncome,
        @Schema(description = "The benefits counted in net income, a month.") BigDecimal benefitsCounted,
        BigDecimal highIncomeChildBenefitCharge,
        @Schema(description = "Rent and service charges a month.") BigDecimal housingCosts,
        @Schema(description = "The council tax bill a month, before any Council Tax Reduction (counted as a benefit).")
        BigDecimal councilTax,
        BigDecimal childcareCosts,
        @Nullable @Schema(description = "Net income a month after housing costs and childcare.") BigDecimal netIncome,
        List<BenefitAtPoint> benefits) {

    static final String UNIVERSAL_CREDIT = "universal_credit";

    @Nullable
    BenefitAtPoint benefit(String id) {
        return benefits.stream().filter(b -> b.benefit().equals(id)).findFirst().orElse(null);
    }

    /** The benefit's amount a month counted in net income; zero when it is not counted. */
    BigDecimal counted(String id) {
        BenefitAtPoint result = benefit(id);
        return result == null ? BigDecimal.ZERO : result.countedMonthly();
    }

    /** Benefits counted and other income, apart from Universal Credit and Child Benefit (the chart's last layer). */
    BigDecimal otherBenefitsAndIncome() {
        return benefitsCounted.add(otherIncome).subtract(counted(UNIVERSAL_CREDIT)).subtract(counted(HouseholdBudget.CHILD_BENEFIT));
    }

    /** Income tax, National Insurance and the High Income Child Benefit Charge; null when tax cannot be worked out. */
    @Nullable
    BigDecimal taxes() {
        return incomeTax == null || nationalInsurance == null ? null
                : incomeTax.add(nationalInsurance).add(highIncomeChildBenefitCharge);
    }

    /** What marginal rates compare: net income before childcare, which is a cost of working, not a deduction. */
    @Nullable
    BigDecimal netIncomeBeforeChildcare() {
        return netIncome == null ? null : netIncome.add(childcareCosts);
    }
}
