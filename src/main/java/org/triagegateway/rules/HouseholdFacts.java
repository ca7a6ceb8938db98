package org.triagegateway.rules;

import org.triagegateway.household.Disability;
import org.triagegateway.household.Earnings;
import org.triagegateway.household.Household;
import org.triagegateway.household.OtherIncome;
import org.triagegateway.household.Person;
import org.triagegateway.rules.facts.EarningsFact;
import org.triagegateway.rules.facts.IncomeFact;
import org.triagegateway.rules.facts.Member;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Turns a household record into the facts the rules match on, as at one date. */
final class HouseholdFacts {

    private HouseholdFacts() {
    }

    static List<Object> of(Household household, LocalDate date) {
        List<Object> facts = new ArrayList<>();
        LocalDate periodEnd = lastDayOfAssessmentPeriod(date);
        for (int index = 0; index < household.people().size(); index++) {
            Person person = household.people().get(index);
            if (person.dateOfBirth().isAfter(periodEnd)) {
                // Not born yet on the date assessed (a past date): not part of the household then.
                continue;
            }
            facts.add(member(index, person, date));
            for (int e = 0; e < person.earnings().size(); e++) {
                Earnings earnings = person.earnings().get(e);
                facts.add(new EarningsFact(person.id(), e, earnings.kind(), earnings.frequency(), earnings.gross(),
                        earnings.takeHome(), earnings.pensionContributions(), earnings.hoursPerWeek(),
                        earnings.gainfulSelfEmployment(), earnings.startUpPeriod(), earnings.paidToHmrc()));
            }
            for (int i = 0; i < person.otherIncome().size(); i++) {
                OtherIncome income = person.otherIncome().get(i);
                facts.add(new IncomeFact(person.id(), i, income.type(), income.frequency(), income.amount()));
            }
        }
        facts.addAll(household.capital());
        if (household.housing() != null) {
            facts.add(household.housing());
        }
        if (household.childcare() != null) {
            facts.add(household.childcare());
        }
        return facts;
    }

    /** UC Regulations 2013 reg 21: an assessment period is a month, starting on the same day each month. */
    static LocalDate lastDayOfAssessmentPeriod(LocalDate first) {
        return first.plusMonths(1).minusDays(1);
    }

    private static Member member(int index, Person person, LocalDate date) {
        Disability disability = person.disability() == null
                ? new Disability(null, null, null, null, null, null)
                : person.disability();
        // A work capability decision that takes effect after this assessment period did not exist in it.
        boolean decidedLater = disability.workCapabilitySince() != null
                && disability.workCapabilitySince().isAfter(lastDayOfAssessmentPeriod(date));
        return new Member(
                index,
                person.id(),
                person.role(),
                Period.between(person.dateOfBirth(), date).getYears(),
                Period.between(person.dateOfBirth(), lastDayOfAssessmentPeriod(date)).getYears(),
                person.dateOfBirth(),
                person.inEducation(),
                disability.benefit() == null ? Disability.DisabilityBenefit.NONE : disability.benefit(),
                Boolean.TRUE.equals(disability.certifiedBlind()),
                disability.workCapability() == null || decidedLater
                        ? Disability.WorkCapability.NOT_ASSESSED : disability.workCapability(),
                disability.workCapabilitySince(),
                disability.severeConditions(),
                disability.terminallyIll(),
                Boolean.TRUE.equals(person.caresForDisabledPerson()),
                person.fullTimeStudent(),
                person.exceptionToTwoChildLimit(),
                person.youngClaimantException(),
                person.hasPaidCarer(),
                person.reachedPensionAgeBefore2016(),
                person.sex(),
                person.receivesPensionCredit(),
                person.recentNationalInsurance(),
                person.pregnant(),
                person.longTermCondition(),
                person.expectedWorkHours(),
                person.relationship(),
                person.needsExtraBedroom(),
                person.immigrationStatus(),
                person.rightToReside(),
                person.caresForDisabledPerson() != null,
                person.fitNote());
    }
}
