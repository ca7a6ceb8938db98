package org.triagegateway.rules;

import java.time.LocalDate;
import java.time.Month;

/**
 * UC Regulations 2013 reg 5(1): a young person stays a qualifying young person up to, but not
 * including, the 1st September which follows a given birthday (the 16th, or the 19th for someone
 * in non-advanced education or approved training).
 */
public final class QualifyingYoungPerson {

    private static final int FIRST = 1;

    private QualifyingYoungPerson() {
    }

    public static LocalDate endsOn(LocalDate dateOfBirth, int birthday) {
        LocalDate reached = dateOfBirth.plusYears(birthday);
        LocalDate september = LocalDate.of(reached.getYear(), Month.SEPTEMBER, FIRST);
        return september.isAfter(reached) ? september : september.plusYears(1);
    }

    public static boolean before(LocalDate date, LocalDate dateOfBirth, int birthday) {
        return date.isBefore(endsOn(dateOfBirth, birthday));
    }
}
