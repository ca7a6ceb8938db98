package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One person in the household. Facts the law asks about are {@code null} until someone answers
 * them: the rule base then says "possibly eligible" and asks, rather than guessing.
 */
@Introspected
@ChildAge
@Schema(description = "One person in the household.")
public record Person(
        @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "must be 1 to 40 letters, digits, - or _")
        @Schema(description = "A key for this person within the household, e.g. 'claimant' or 'child1'.")
        String id,
        @NotNull Role role,
        @Nullable @Size(max = 100) String name,
        @Nullable @Pattern(regexp = NationalInsuranceNumber.FORMAT,
                message = "must be a National Insurance number: 2 letters, 6 digits and A, B, C or D, e.g. QQ123456C")
        @Schema(description = "National Insurance number in capitals without spaces, e.g. QQ123456C. Staff can find the "
                + "household by it; the rules do not use it.")
        String nationalInsuranceNumber,
        @NotNull @PlausibleDateOfBirth LocalDate dateOfBirth,
        @Nullable @Schema(description = "Only asked of children when it decides how many bedrooms a household is allowed "
                + "(two children under 16 of the same sex are expected to share).")
        Sex sex,
        @Nullable @Schema(description = "Aged 16 to 19 and in full-time non-advanced education or approved training.")
        Boolean inEducation,
        @Nullable @Valid Disability disability,
        @Nullable @Schema(description = "Caring for a severely disabled person for at least 35 hours a week.")
        Boolean caresForDisabledPerson,
        @Nullable @Schema(description = "For an adult: in full-time education (21 hours or more a week of supervised study).")
        Boolean fullTimeStudent,
        @Nullable @Schema(description = "For a child: one of the exceptions to the two-child limit applies "
                + "(multiple birth, adoption, kinship care, non-consensual conception).")
        Boolean exceptionToTwoChildLimit,
        @Nullable @Schema(description = "For a claimant aged 16 or 17: in one of the groups who can claim Universal Credit "
                + "(responsible for a child, ill or disabled, caring, without parental support; UC Regulations 2013 reg 8).")
        Boolean youngClaimantException,
        @Nullable @Schema(description = "Someone gets Carer's Allowance (or the carer element of Universal Credit) for looking "
                + "after this person. Pension Credit's severe disability amount depends on it.")
        Boolean hasPaidCarer,
        @Nullable @Schema(description = "Reached State Pension age before 6 April 2016 (only asked of people born from "
                + "6 April 1951 to 5 April 1953, for whom it depends on sex): savings credit is only for them.")
        Boolean reachedPensionAgeBefore2016,
        @Nullable @Schema(description = "Has worked and paid National Insurance in the last two or three tax years (as an "
                + "employee; for New Style ESA, self-employment counts too): the contribution conditions of New Style JSA and ESA.")
        Boolean recentNationalInsurance,
        @Nullable @DecimalMin("0") @DecimalMax("48")
        @Schema(description = "Hours a week the work coach expects this person to work or look for work, when caring for a "
                + "child under 13 makes it fewer than 35 (for the minimum income floor).")
        BigDecimal expectedWorkHours,
        @Nullable @Schema(description = "For a claimant or partner: more than 10 weeks pregnant (for Healthy Start and the "
                + "Sure Start Maternity Grant).")
        Boolean pregnant,
        @Nullable @Schema(description = "Has a long-term illness or disability (expected to last a year or more) that makes "
                + "daily life or getting around harder: PIP, Attendance Allowance or DLA may help.")
        Boolean longTermCondition,
        @Nullable @Schema(description = "For another adult: lives with the household as family or a friend (a "
                + "non-dependant), pays to live there as a lodger, or shares the tenancy.")
        Relationship relationship,
        @Nullable @Schema(description = "Needs a bedroom of their own because of a disability (a child or partner who "
                + "cannot share), or has an overnight carer who regularly stays: an extra bedroom is allowed.")
        Boolean needsExtraBedroom,
        @Nullable @Schema(description = "Gets Pension Credit (for another adult living in the home: no housing cost "
                + "contribution is taken for them).")
        Boolean receivesPensionCredit,
        @Nullable @Size(max = 10) List<@Valid @NotNull Earnings> earnings,
        @Nullable @Size(max = 20) List<@Valid @NotNull OtherIncome> otherIncome,
        @Nullable @Schema(description = "For a claimant or partner: their nationality or permission to stay in the UK. "
                + "Means-tested benefits and Child Benefit need a right to reside, and none is paid on permission to stay "
                + "with no recourse to public funds (Immigration and Asylum Act 1999 s.115). Left empty, nothing is "
                + "assumed and nothing is asked.")
        ImmigrationStatus immigrationStatus,
        @Nullable @Schema(description = "For someone with pre-settled status or other permission to stay: they have a "
                + "right to reside that counts for benefits (as a worker, self-employed, a family member of one, or with "
                + "permanent residence), as an adviser checks it (UC Regulations 2013 reg 9).")
        Boolean rightToReside,
        @Nullable @Schema(description = "For a claimant or partner with a long-term condition: a doctor's fit note says "
                + "they are not fit for work now. New Style ESA is for them; New Style JSA is for someone looking for work.")
        Boolean fitNote) {

    public Person {
        earnings = earnings == null ? List.of() : earnings;
        otherIncome = otherIncome == null ? List.of() : otherIncome;
    }

    /** The same person with other earnings and other income: for working out what a change in work would mean. */
    public Person withIncome(List<Earnings> otherEarnings, List<OtherIncome> otherOtherIncome) {
        return new Person(id, role, name, nationalInsuranceNumber, dateOfBirth, sex, inEducation, disability, caresForDisabledPerson, fullTimeStudent,
                exceptionToTwoChildLimit, youngClaimantException, hasPaidCarer, reachedPensionAgeBefore2016,
                recentNationalInsurance, expectedWorkHours, pregnant, longTermCondition, relationship, needsExtraBedroom,
                receivesPensionCredit, otherEarnings, otherOtherIncome, immigrationStatus, rightToReside, fitNote);
    }

    /** The claimant or partner: the people whose income and needs a benefit claim counts together. */
    public boolean inBenefitUnit() {
        return role == Role.CLAIMANT || role == Role.PARTNER;
    }

    public enum Role { CLAIMANT, PARTNER, CHILD, OTHER_ADULT }

    public enum Sex { FEMALE, MALE }

    public enum Relationship { NON_DEPENDANT, LODGER, JOINT_TENANT }

    /**
     * SETTLED: settled status under the EU Settlement Scheme, or indefinite leave to remain. REFUGEE: refugee
     * status or humanitarian protection. OTHER_PERMISSION: a visa or other permission without a "no public
     * funds" condition. NO_PUBLIC_FUNDS: permission to stay on condition of no recourse to public funds.
     */
    public enum ImmigrationStatus { BRITISH_OR_IRISH, SETTLED, PRE_SETTLED, REFUGEE, OTHER_PERMISSION, NO_PUBLIC_FUNDS }
}
