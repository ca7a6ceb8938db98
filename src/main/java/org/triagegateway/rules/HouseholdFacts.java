package org.triagegateway.rules;

import org.triagegateway.household.Disability;
import org.triagegateway.household.Household;
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
        for (Person person : household.people()) {
            facts.add(member(person, date));
            person.earnings().forEach(e -> facts.add(
                    new EarningsFact(person.id(), e.kind(), e.frequency(), e.gross(), e.takeHome())));
            person.otherIncome().forEach(i -> facts.add(
                    new IncomeFact(person.id(), i.type(), i.frequency(), i.amount())));
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

    private static Member member(Person person, LocalDate date) {
        Disability disability = person.disability() == null
                ? new Disability(null, null, null, null, null, null)
                : person.disability();
        return new Member(
                person.id(),
                person.role(),
                Period.between(person.dateOfBirth(), date).getYears(),
                Period.between(person.dateOfBirth(), lastDayOfAssessmentPeriod(date)).getYears(),
                person.dateOfBirth(),
                person.inEducation(),
                disability.benefit() == null ? Disability.DisabilityBenefit.NONE : disability.benefit(),
                Boolean.TRUE.equals(disability.certifiedBlind()),
                disability.workCapability() == null ? Disability.WorkCapability.NOT_ASSESSED : disability.workCapability(),
                disability.workCapabilitySince(),
                disability.severeConditions(),
                disability.terminallyIll(),
                Boolean.TRUE.equals(person.caresForDisabledPerson()),
                person.exceptionToTwoChildLimit());
    }
}
