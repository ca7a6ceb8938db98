package org.triagegateway.household;

/** How often an amount is paid. */
public enum Frequency {
    WEEKLY(52), FORTNIGHTLY(26), FOUR_WEEKLY(13), MONTHLY(12), YEARLY(1);

    private final int timesAYear;

    Frequency(int timesAYear) {
        this.timesAYear = timesAYear;
    }

    /** 52 for weekly, 26 fortnightly, 13 four-weekly, 12 monthly, 1 yearly. */
    public int timesAYear() {
        return timesAYear;
    }
}
