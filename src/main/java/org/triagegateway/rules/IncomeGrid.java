package org.triagegateway.rules;

import java.math.BigDecimal;

/**
 * A banded local scheme: for each household type, the weekly income up to which each band runs
 * ({@code <type>_band_<n>_to}) and the share of the bill each band pays ({@code band_<n>_share}).
 * Above the last band, nothing.
 */
public final class IncomeGrid {

    private IncomeGrid() {
    }

    /** The share of the bill, or null where the scheme's published grid leaves the band blank. */
    public static BigDecimal share(ParameterSet parameters, String scheme, String household, BigDecimal income) {
        for (int band = 1; parameters.has(scheme + "." + household + "_band_" + band + "_to"); band++) {
            BigDecimal upTo = parameters.amountOrNull(scheme + "." + household + "_band_" + band + "_to");
            if (upTo == null) {
                return null;
            }
            if (income.compareTo(upTo) <= 0) {
                return parameters.amount(scheme + ".band_" + band + "_share");
            }
        }
        return BigDecimal.ZERO;
    }

    /** The grid's name for a household: single or couple, with no, one, two, or three or more children. */
    public static String household(boolean couple, long children) {
        String adults = couple ? "couple" : "single";
        if (children == 0) {
            return adults;
        }
        return adults + (children == 1 ? "_1_child" : children == 2 ? "_2_children" : "_3_or_more_children");
    }
}
