package org.triagegateway.rules;

import org.triagegateway.household.Disability.DisabilityBenefit;

/**
 * Which disability benefits count for the rules that many benefits share: the severe disability
 * amounts, exemptions from non-dependant deductions and housing cost contributions, and the
 * exceptions to the shared accommodation rate.
 */
public final class DisabilityBenefits {

    private DisabilityBenefits() {
    }

    /** Attendance Allowance, the middle or highest DLA care rate, or the daily living part of PIP or ADP. */
    public static boolean careRate(DisabilityBenefit benefit) {
        return benefit != null && switch (benefit) {
            case ATTENDANCE_ALLOWANCE_HIGHER, ATTENDANCE_ALLOWANCE_LOWER, DLA_CARE_HIGHEST, DLA_CARE_MIDDLE,
                 PIP_DAILY_LIVING_ENHANCED, PIP_DAILY_LIVING_STANDARD, ADP_DAILY_LIVING_ENHANCED, ADP_DAILY_LIVING_STANDARD -> true;
            default -> false;
        };
    }

    /** Any care rate, the lowest DLA care rate included (Housing Benefit and Council Tax Reduction deductions). */
    public static boolean anyCare(DisabilityBenefit benefit) {
        return careRate(benefit) || benefit == DisabilityBenefit.DLA_CARE_LOWEST;
    }
}
