package org.triagegateway.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * State Pension age from a date of birth: Pensions Act 1995 Schedule 4 as amended by the Pensions
 * Acts 2011 and 2014. The dates of birth that divide the groups are parameters
 * ({@code state_pension_age.*}); the shape of the schedule is here.
 */
public final class StatePensionAge {

    private static final int SIXTY_SIX = 66;
    private static final int SIXTY_SEVEN = 67;

    private StatePensionAge() {
    }

    /** The date on which someone born on {@code birth} reaches State Pension age. */
    public static LocalDate reachedOn(LocalDate birth, ParameterSet parameters) {
        LocalDate sixtySixFrom = parameters.date("state_pension_age.age_66_born_from");
        LocalDate transitionFrom = parameters.date("state_pension_age.age_66_and_months_born_from");
        LocalDate sixtySevenFrom = parameters.date("state_pension_age.age_67_born_from");
        if (birth.isBefore(sixtySixFrom)) {
            // Everyone born earlier reached State Pension age by this date (Pensions Act 2011 s.1).
            return parameters.date("state_pension_age.all_born_earlier_reached_by");
        }
        if (birth.isBefore(transitionFrom)) {
            return birth.plusYears(SIXTY_SIX);
        }
        if (birth.isBefore(sixtySevenFrom)) {
            // Pensions Act 2014 s.26: 66 years and one more month for each month born after the start.
            long extraMonths = ChronoUnit.MONTHS.between(transitionFrom, birth) + 1;
            return birth.plusYears(SIXTY_SIX).plusMonths(extraMonths);
        }
        // The rise to 68 (Pensions Act 2007) starts with births from 6 April 1977, who are under
        // 67 on every date this rule base supports; 67 is the earliest they could reach it.
        return birth.plusYears(SIXTY_SEVEN);
    }

    public static boolean reached(LocalDate birth, ParameterSet parameters) {
        return !parameters.date().isBefore(reachedOn(birth, parameters));
    }
}
