package org.triagegateway.betteroff;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The marginal deduction rate between two points: the share of the extra gross pay that does not
 * reach net income (before childcare), and how much of it each benefit's fall, tax, National
 * Insurance and the High Income Child Benefit Charge take. The shares add up to the rate.
 */
@Introspected
@Schema(description = "The marginal deduction rate between two points of the sweep, and what takes it.")
public record MarginalRate(
        @Schema(description = "Index of the lower point.") int from,
        @Schema(description = "Index of the higher point.") int to,
        @Schema(description = "1 - change in net income / change in gross pay, to 4 decimal places.") BigDecimal rate,
        @Schema(description = "The part of the rate each takes: a benefit id, income_tax, national_insurance or "
                + "high_income_child_benefit_charge.") Map<String, BigDecimal> shares) {

    static final String CHARGE = "high_income_child_benefit_charge";
    private static final int SCALE = 4;

    /** Between each point and the next, where the two can be compared. */
    static List<MarginalRate> steps(List<SweepPoint> points) {
        return java.util.stream.IntStream.range(1, points.size())
                .filter(i -> comparable(points.get(i - 1), points.get(i)))
                .mapToObj(i -> between(points, i - 1, i))
                .toList();
    }

    /**
     * Both have a net income, pay rises, and childcare is the same at both: where childcare starts,
     * a fixed cost (and Universal Credit's help with it) switches on, which is not a marginal rate.
     */
    static boolean comparable(SweepPoint lower, SweepPoint higher) {
        return lower.netIncome() != null && higher.netIncome() != null
                && higher.grossPay().compareTo(lower.grossPay()) > 0
                && higher.childcareCosts().compareTo(lower.childcareCosts()) == 0;
    }

    static MarginalRate between(List<SweepPoint> points, int from, int to) {
        SweepPoint a = points.get(from);
        SweepPoint b = points.get(to);
        BigDecimal extraPay = b.grossPay().subtract(a.grossPay());
        BigDecimal kept = b.netIncomeBeforeChildcare().subtract(a.netIncomeBeforeChildcare());
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (BenefitAtPoint before : a.benefits()) {
            BenefitAtPoint after = b.benefit(before.benefit());
            share(shares, before.benefit(), before.countedMonthly().subtract(after.countedMonthly()), extraPay);
        }
        share(shares, HouseholdBudget.INCOME_TAX, b.incomeTax().subtract(a.incomeTax()), extraPay);
        share(shares, HouseholdBudget.NATIONAL_INSURANCE, b.nationalInsurance().subtract(a.nationalInsurance()), extraPay);
        share(shares, CHARGE, b.highIncomeChildBenefitCharge().subtract(a.highIncomeChildBenefitCharge()), extraPay);
        return new MarginalRate(from, to, extraPay.subtract(kept).divide(extraPay, SCALE, RoundingMode.HALF_UP), shares);
    }

    private static void share(Map<String, BigDecimal> shares, String what, BigDecimal lost, BigDecimal extraPay) {
        if (lost.signum() != 0) {
            shares.put(what, lost.divide(extraPay, SCALE, RoundingMode.HALF_UP));
        }
    }
}
