package org.triagegateway.rules;

import org.triagegateway.household.Frequency;

import java.math.BigDecimal;

/**
 * Employee Class 1 contributions for one earnings period (SSCBA 1992 s.8; Social Security
 * (Contributions) Regulations 2001 reg 10-11) and self-employed Class 4 for a year (s.15).
 */
public final class NationalInsurance {

    private static final int TWO_WEEKS = 2;
    private static final int FOUR_WEEKS = 4;

    private NationalInsurance() {
    }

    /**
     * Class 1 on one payment of {@code pay} for its earnings period. Fortnightly and four-weekly
     * periods use two and four times the weekly thresholds (reg 11).
     */
    public static BigDecimal class1(BigDecimal pay, Frequency frequency, ParameterSet parameters) {
        BigDecimal threshold = periodAmount("primary_threshold", frequency, parameters);
        BigDecimal upperLimit = periodAmount("upper_earnings_limit", frequency, parameters);
        return banded(pay, threshold, upperLimit,
                parameters.amount("national_insurance.class_1_rates.main"),
                parameters.amount("national_insurance.class_1_rates.additional"));
    }

    /** Class 4 on a year's profits. */
    public static BigDecimal class4(BigDecimal profits, ParameterSet parameters) {
        return banded(profits,
                parameters.amount("national_insurance.class_4_limits.lower_profits_limit"),
                parameters.amount("national_insurance.class_4_limits.upper_profits_limit"),
                parameters.amount("national_insurance.class_4_rates.main"),
                parameters.amount("national_insurance.class_4_rates.additional"));
    }

    private static BigDecimal banded(BigDecimal amount, BigDecimal lower, BigDecimal upper, BigDecimal main,
                                     BigDecimal additional) {
        BigDecimal mainBand = Pounds.atLeastZero(amount.min(upper).subtract(lower));
        BigDecimal above = Pounds.atLeastZero(amount.subtract(upper));
        return Pounds.toPenny(mainBand.multiply(main).add(above.multiply(additional)));
    }

    private static BigDecimal periodAmount(String name, Frequency frequency, ParameterSet parameters) {
        String key = "national_insurance.class_1_thresholds." + name;
        return switch (frequency) {
            case WEEKLY -> parameters.amount(key + "_week");
            case FORTNIGHTLY -> parameters.amount(key + "_week").multiply(BigDecimal.valueOf(TWO_WEEKS));
            case FOUR_WEEKLY -> parameters.amount(key + "_week").multiply(BigDecimal.valueOf(FOUR_WEEKS));
            case MONTHLY -> parameters.amount(key + "_month");
            case YEARLY -> parameters.amount(key + "_year");
        };
    }
}
