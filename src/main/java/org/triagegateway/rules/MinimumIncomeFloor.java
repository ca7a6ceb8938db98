package org.triagegateway.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Universal Credit minimum income floor, UC Regulations 2013 reg 62(4) and reg 90: the
 * minimum wage for the person's age times their expected hours, as a monthly figure, less the
 * income tax and Class 4 National Insurance a self-employed person would pay on it. DWP does not
 * publish its method; this is the practitioners' reconstruction (20% and 6% above a twelfth of the
 * personal allowance and lower profits limit), rounded once at the end, which reproduces
 * published figures to the penny (docs/research/uc_minimum_income_floor.md).
 */
public final class MinimumIncomeFloor {

    private static final int SCALE = 10;
    private static final BigDecimal WEEKS = BigDecimal.valueOf(52);
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private MinimumIncomeFloor() {
    }

    /** National Minimum Wage Regulations 2015 reg 4: the hourly rate for the worker's age (apprentices aside). */
    public static BigDecimal minimumWage(ParameterSet parameters, int age) {
        if (age < parameters.whole("universal_credit.minimum_income_floor.under_18_rate_under")) {
            return parameters.amount("national_living_wage.under_18");
        }
        return age < parameters.whole("universal_credit.minimum_income_floor.young_worker_rate_under")
                ? parameters.amount("national_living_wage.age_18_to_20") : parameters.amount("national_living_wage.hourly");
    }

    public static BigDecimal grossMonthly(BigDecimal hourly, BigDecimal hours) {
        return hourly.multiply(hours).multiply(WEEKS).divide(MONTHS, SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal netMonthly(ParameterSet parameters, BigDecimal hourly, BigDecimal hours) {
        BigDecimal gross = grossMonthly(hourly, hours);
        BigDecimal tax = above(gross, parameters.amount("income_tax.personal_allowance.amount"))
                .multiply(parameters.amount("income_tax.rates.basic"));
        BigDecimal contributions = above(gross, parameters.amount("national_insurance.class_4_limits.lower_profits_limit"))
                .multiply(parameters.amount("national_insurance.class_4_rates.main"));
        return Pounds.toPenny(gross.subtract(tax).subtract(contributions));
    }

    private static BigDecimal above(BigDecimal monthly, BigDecimal yearlyAllowance) {
        return monthly.subtract(yearlyAllowance.divide(MONTHS, SCALE, RoundingMode.HALF_UP)).max(BigDecimal.ZERO);
    }
}
