package org.triagegateway.rules.facts;

import org.triagegateway.household.Disability.DisabilityBenefit;
import org.triagegateway.household.Disability.WorkCapability;
import org.triagegateway.household.Person.ImmigrationStatus;
import org.triagegateway.household.Person.Relationship;
import org.triagegateway.household.Person.Role;
import org.triagegateway.household.Person.Sex;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A person in the household as the rules see them. {@code age} is on the assessment date, the
 * first day of the assessment period; {@code ageAtPeriodEnd} on its last day, for the changes that
 * count for the whole assessment period in which they happen. {@code caresForDisabledPerson} is
 * false when the record does not say; {@code caringRecorded} tells whether it does.
 */
public record Member(
        int index,
        String id,
        Role role,
        int age,
        int ageAtPeriodEnd,
        LocalDate dateOfBirth,
        Boolean inEducation,
        DisabilityBenefit disabilityBenefit,
        boolean certifiedBlind,
        WorkCapability workCapability,
        LocalDate workCapabilitySince,
        Boolean severeConditions,
        Boolean terminallyIll,
        boolean caresForDisabledPerson,
        Boolean fullTimeStudent,
        Boolean exceptionToTwoChildLimit,
        Boolean youngClaimantException,
        Boolean hasPaidCarer,
        Boolean reachedPensionAgeBefore2016,
        Sex sex,
        Boolean receivesPensionCredit,
        Boolean recentNationalInsurance,
        Boolean pregnant,
        Boolean longTermCondition,
        BigDecimal expectedWorkHours,
        Relationship relationship,
        Boolean needsExtraBedroom,
        ImmigrationStatus immigrationStatus,
        Boolean rightToReside,
        boolean caringRecorded,
        Boolean fitNote) {

    /** The path of one of this person's fields in the household record, as validation errors name them. */
    public String field(String name) {
        return "people[" + index + "]." + name;
    }

    /**
     * Another adult who lives with the household as family or a friend. A lodger or joint tenant is not
     * one; an adult whose status is not given yet is treated as one (and asked about).
     */
    public boolean isNonDependant() {
        return role == Role.OTHER_ADULT && relationship != Relationship.LODGER && relationship != Relationship.JOINT_TENANT;
    }

    public boolean isClaimantOrPartner() {
        return role == Role.CLAIMANT || role == Role.PARTNER;
    }
}
