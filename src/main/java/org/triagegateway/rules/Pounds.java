package org.triagegateway.rules;

import org.triagegateway.household.Frequency;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact money arithmetic for the rules. Every amount is a {@link BigDecimal}; rounding happens
 * only where a regulation says so, through {@link #toPenny}.
 */
public final class Pounds {

    private static final int MONTHS = 12;
    private static final int WEEKS = 52;
    private static final int FORTNIGHTS = 26;
    private static final int FOUR_WEEK_PERIODS = 13;
    /** Intermediate precision before a regulation's rounding: far below a penny. */
    private static final int WORKING_SCALE = 10;
    private static final int DAYS_IN_WEEK = 7;
    private static final int DAYS_IN_YEAR = 365;

    private Pounds() {
    }

    /**
     * UC Regulations 2013 reg 6(1): a fraction of a penny under a half is disregarded, otherwise
     * it counts as a penny.
     */
    public static BigDecimal toPenny(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A regular amount as a monthly one (UC Regulations 2013 reg 73): weekly x 52 / 12,
     * fortnightly x 26 / 12, four-weekly x 13 / 12, yearly / 12; rounded to the penny.
     */
    public static BigDecimal monthly(BigDecimal amount, Frequency frequency) {
        return toPenny(monthlyExactly(amount, frequency));
    }

    /** The same, before any rounding: for a regulation that rounds the result its own way. */
    public static BigDecimal monthlyExactly(BigDecimal amount, Frequency frequency) {
        BigDecimal perYear = switch (frequency) {
            case WEEKLY -> amount.multiply(BigDecimal.valueOf(WEEKS));
            case FORTNIGHTLY -> amount.multiply(BigDecimal.valueOf(FORTNIGHTS));
            case FOUR_WEEKLY -> amount.multiply(BigDecimal.valueOf(FOUR_WEEK_PERIODS));
            case MONTHLY -> amount.multiply(BigDecimal.valueOf(MONTHS));
            case YEARLY -> amount;
        };
        return perYear.divide(BigDecimal.valueOf(MONTHS), WORKING_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * A fraction of a pound disregarded: UC Regulations 2013 reg 6(1A) for the amounts it lists (the
     * benefit cap's earnings threshold, reg 82(1)(a), among them, inserted by SI 2017/138), and
     * ITEPA 2003 s.681C(3) for the High Income Child Benefit Charge.
     */
    public static BigDecimal downToWholePounds(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.FLOOR).setScale(2);
    }

    /** A regular amount as a yearly one: weekly x 52, fortnightly x 26, four-weekly x 13, monthly x 12. Exact. */
    public static BigDecimal yearly(BigDecimal amount, Frequency frequency) {
        return switch (frequency) {
            case WEEKLY -> amount.multiply(BigDecimal.valueOf(WEEKS));
            case FORTNIGHTLY -> amount.multiply(BigDecimal.valueOf(FORTNIGHTS));
            case FOUR_WEEKLY -> amount.multiply(BigDecimal.valueOf(FOUR_WEEK_PERIODS));
            case MONTHLY -> amount.multiply(BigDecimal.valueOf(MONTHS));
            case YEARLY -> amount;
        };
    }

    /**
     * ITEPA 2003 s.681C: the High Income Child Benefit Charge. {@code percentPerBand} of the year's
     * Child Benefit for each complete {@code band} of income above {@code threshold}, at most all of
     * it. Subsection (3) rounds down to whole numbers three times: the year's Child Benefit, the
     * percentage and the charge.
     */
    public static BigDecimal highIncomeCharge(BigDecimal income, BigDecimal threshold, BigDecimal band,
                                              BigDecimal percentPerBand, BigDecimal yearsBenefit) {
        BigDecimal excess = income.subtract(threshold);
        if (excess.signum() <= 0) {
            return zero();
        }
        BigDecimal share = excess.divide(band, 0, RoundingMode.FLOOR).multiply(percentPerBand).min(BigDecimal.ONE);
        return downToWholePounds(yearsBenefit).multiply(share).setScale(0, RoundingMode.FLOOR).setScale(2);
    }

    /**
     * A yearly bill charged by the day, as a week's share: seven 365ths. Both financial years the
     * rule base covers (2025/26, 2026/27) have 365 days.
     */
    public static BigDecimal weeklyByDays(BigDecimal yearly) {
        return toPenny(yearly.multiply(BigDecimal.valueOf(DAYS_IN_WEEK)).divide(BigDecimal.valueOf(DAYS_IN_YEAR), WORKING_SCALE,
                RoundingMode.HALF_UP));
    }

    /** A yearly amount as a weekly one: divided by 52, to the penny. */
    public static BigDecimal weeklyFromYearly(BigDecimal yearly) {
        return toPenny(yearly.divide(BigDecimal.valueOf(WEEKS), WORKING_SCALE, RoundingMode.HALF_UP));
    }

    /** {@code rate} of the part of {@code amount} above {@code allowance}, to the penny; zero if none. */
    public static BigDecimal taper(BigDecimal amount, BigDecimal allowance, BigDecimal rate) {
        BigDecimal excess = amount.subtract(allowance);
        return excess.signum() <= 0 ? zero() : toPenny(excess.multiply(rate));
    }

    /**
     * Income assumed from capital: {@code perBand} for each complete {@code band} above
     * {@code lowerLimit}, and the same for any part of a band left over.
     */
    public static BigDecimal tariffIncome(BigDecimal capital, BigDecimal lowerLimit, BigDecimal band, BigDecimal perBand) {
        BigDecimal excess = capital.subtract(lowerLimit);
        if (excess.signum() <= 0) {
            return zero();
        }
        BigDecimal bands = excess.divide(band, 0, RoundingMode.CEILING);
        return toPenny(bands.multiply(perBand));
    }

    public static BigDecimal total(java.util.Collection<?> amounts) {
        BigDecimal total = zero();
        for (Object amount : amounts) {
            total = total.add((BigDecimal) amount);
        }
        return total;
    }

    public static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a.subtract(b);
    }

    public static BigDecimal atLeastZero(BigDecimal amount) {
        return amount.signum() < 0 ? zero() : amount;
    }

    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    public static boolean positive(BigDecimal amount) {
        return amount.signum() > 0;
    }

    /**
     * "£1,234.56" (and "-£1,234.56"), for explanations: to the penny, half to even, thousands
     * grouped. Written out rather than through DecimalFormat, which took a tenth of the time of
     * an earnings sweep.
     */
    public static String gbp(BigDecimal amount) {
        BigDecimal pence = amount.setScale(2, RoundingMode.HALF_EVEN);
        String digits = pence.abs().toPlainString();
        int point = digits.length() - 3;
        StringBuilder text = new StringBuilder(digits.length() + 6);
        if (pence.signum() < 0) {
            text.append('-');
        }
        text.append('£');
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.append(digits, point, digits.length()).toString();
    }

    /** "55%", for explanations. */
    public static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
