package org.triagegateway.rules;

import java.math.BigDecimal;

/**
 * A deduction that steps up with income, held as {@code lowest}, then {@code income_from_2} with
 * {@code amount_2}, {@code income_from_3} with {@code amount_3} and so on (non-dependant deductions
 * in Housing Benefit and Council Tax Reduction).
 */
public final class IncomeBands {

    private static final int FIRST_BAND_WITH_A_THRESHOLD = 2;

    private IncomeBands() {
    }

    public static BigDecimal amountFor(ParameterSet parameters, String key, BigDecimal income) {
        String amount = key + ".lowest";
        for (int band = FIRST_BAND_WITH_A_THRESHOLD; parameters.has(key + ".income_from_" + band); band++) {
            if (income.compareTo(parameters.amount(key + ".income_from_" + band)) >= 0) {
                amount = key + ".amount_" + band;
            }
        }
        return parameters.amount(amount);
    }
}
