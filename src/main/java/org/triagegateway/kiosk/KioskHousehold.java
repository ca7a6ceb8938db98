package org.triagegateway.kiosk;

import org.triagegateway.household.CapitalHolding;
import org.triagegateway.household.Childcare;
import org.triagegateway.household.Disability;
import org.triagegateway.household.Earnings;
import org.triagegateway.household.Frequency;
import org.triagegateway.household.Household;
import org.triagegateway.household.Housing;
import org.triagegateway.household.OtherIncome;
import org.triagegateway.household.Person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.triagegateway.kiosk.KioskJourney.*;

/**
 * The household record a kiosk session's answers describe. Whatever the kiosk does not ask stays
 * empty, so the rule base says "possibly eligible" and asks the adviser, rather than guessing.
 */
final class KioskHousehold {

    static final String CLAIMANT = "claimant";
    static final String PARTNER_ID = "partner";
    static final String CHILD_ID = "child";
    static final String ADULT_ID = "adult";
    private static final int SIXTEEN = 16;

    private KioskHousehold() {
    }

    /**
     * @param where the home's council and rental area as the postcode or the person's choice gives them
     */
    static Household from(KioskAnswers answers, LocalDate today, Where where) {
        List<Person> people = new ArrayList<>();
        people.add(adult(CLAIMANT, Person.Role.CLAIMANT, answers.date(DATE_OF_BIRTH), status(answers, CITIZEN, IMMIGRATION_STATUS),
                answers.yes(HEALTH),
                disability(answers, DISABILITY_BENEFIT), cares(answers, CARER, CARED_FOR_BENEFIT),
                earnings(answers, WORK, PAY, HOURS), pensions(answers, STATE_PENSION, OTHER_PENSION)));
        if (answers.yes(PARTNER)) {
            people.add(adult(PARTNER_ID, Person.Role.PARTNER, answers.date(PARTNER_DATE_OF_BIRTH),
                    status(answers, PARTNER_CITIZEN, PARTNER_IMMIGRATION_STATUS), answers.yes(PARTNER_HEALTH),
                    disability(answers, PARTNER_DISABILITY_BENEFIT), cares(answers, PARTNER_CARER, PARTNER_CARED_FOR_BENEFIT),
                    earnings(answers, PARTNER_WORK, PARTNER_PAY, PARTNER_HOURS),
                    pensions(answers, PARTNER_STATE_PENSION, PARTNER_OTHER_PENSION)));
        }
        LocalDate sixteenthBirthdayBy = today.minusYears(SIXTEEN);
        for (int n = 1; n <= answers.count(CHILDREN); n++) {
            LocalDate born = answers.date(CHILD + n);
            // the question counts young people of 16 to 19 only if they are still at school or college
            Boolean inEducation = born.isAfter(sixteenthBirthdayBy) ? null : Boolean.TRUE;
            people.add(new Person(CHILD_ID + n, Person.Role.CHILD, null, null, born, null, inEducation, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        }
        for (int n = 1; n <= answers.count(OTHER_ADULTS); n++) {
            String about = ADULT + n;
            people.add(new Person(ADULT_ID + n, Person.Role.OTHER_ADULT, null, null, answers.date(about + "-date-of-birth"), null,
                    null, null, null, null, null, null, null, null, null, null, null, null,
                    answers.get(about + "-relationship").map(Person.Relationship::valueOf).orElse(null), null, null,
                    earnings(answers, about + "-work", about + "-pay", about + "-hours"), List.of(), null, null, null));
        }
        BigDecimal savings = answers.amount(SAVINGS);
        List<CapitalHolding> capital = savings != null && savings.signum() > 0
                ? List.of(new CapitalHolding(CapitalHolding.Type.SAVINGS, savings, null)) : List.of();
        BigDecimal childcare = answers.amount(CHILDCARE);
        return new Household(people, capital, housing(answers, where), childcare == null || childcare.signum() == 0 ? null
                : new Childcare(childcare, frequency(answers, CHILDCARE), null), null);
    }

    /** A British or Irish citizen, else the permission to stay chosen; none when not known. */
    private static Person.ImmigrationStatus status(KioskAnswers answers, String citizen, String status) {
        if (answers.yes(citizen)) {
            return Person.ImmigrationStatus.BRITISH_OR_IRISH;
        }
        return answers.known(status).map(Person.ImmigrationStatus::valueOf).orElse(null);
    }

    /** Caring, in the record's sense: 35 hours a week or more for someone who gets a qualifying benefit. */
    private static Boolean cares(KioskAnswers answers, String carer, String benefit) {
        return answers.has(carer) ? answers.yes(carer) && answers.yes(benefit) : null;
    }

    /** The disability benefit the person said they get; none when they have no long-term condition. */
    private static Disability disability(KioskAnswers answers, String benefit) {
        return answers.known(benefit)
                .map(b -> new Disability(Disability.DisabilityBenefit.valueOf(b), null, null, null, null, null))
                .orElse(null);
    }

    private static Person adult(String id, Person.Role role, LocalDate born, Person.ImmigrationStatus status,
                                boolean longTermCondition, Disability disability, Boolean carer, List<Earnings> earnings,
                                List<OtherIncome> pensions) {
        return new Person(id, role, null, null, born, null, null, disability, carer, null, null, null, null, null, null, null, null,
                longTermCondition, null, null, null, earnings, pensions, status, null, null);
    }

    private static List<Earnings> earnings(KioskAnswers answers, String work, String pay, String hours) {
        BigDecimal gross = answers.amount(pay);
        if (gross == null || gross.signum() == 0) {
            return List.of();
        }
        Earnings.Kind kind = answers.is(work, "self_employed") ? Earnings.Kind.SELF_EMPLOYED : Earnings.Kind.EMPLOYED;
        return List.of(new Earnings(kind, frequency(answers, pay), gross, null, null, answers.amount(hours), null, null, null));
    }

    private static List<OtherIncome> pensions(KioskAnswers answers, String state, String other) {
        List<OtherIncome> income = new ArrayList<>();
        add(income, OtherIncome.Type.STATE_PENSION, answers, state);
        add(income, OtherIncome.Type.PRIVATE_PENSION, answers, other);
        return income;
    }

    private static void add(List<OtherIncome> income, OtherIncome.Type type, KioskAnswers answers, String field) {
        BigDecimal amount = answers.amount(field);
        if (amount != null && amount.signum() > 0) {
            income.add(new OtherIncome(type, frequency(answers, field), amount));
        }
    }

    private static Frequency frequency(KioskAnswers answers, String field) {
        return Frequency.valueOf(answers.get(field + Question.FREQUENCY).orElseThrow());
    }

    /** The council's name and the rental area's id, where known. */
    record Where(String postcode, String council, String rentalArea) {
    }

    private static Housing housing(KioskAnswers answers, Where where) {
        String home = answers.get(HOME).orElseThrow();
        Housing.Tenure tenure = switch (home) {
            case "social_rent" -> Housing.Tenure.SOCIAL_RENT;
            case "private_rent" -> Housing.Tenure.PRIVATE_RENT;
            case "temporary" -> Housing.Tenure.TEMPORARY_ACCOMMODATION;
            case "owner" -> Housing.Tenure.OWNER_OCCUPIER;
            default -> Housing.Tenure.RENT_FREE;
        };
        BigDecimal rent = answers.amount(RENT);
        if (rent != null && rent.signum() == 0) {
            rent = null;
        }
        Integer bedrooms = answers.has(BEDROOMS) ? answers.count(BEDROOMS) : null;
        // in someone else's home the bill is usually theirs: liable only if the person said their name is on it
        Boolean liable = answers.has(COUNCIL_TAX_BILL) ? answers.yes(COUNCIL_TAX_BILL) : null;
        return new Housing(tenure, rent, rent == null ? null : frequency(answers, RENT), null, null, null, null, where.postcode(), where.council(),
                answers.amount(COUNCIL_TAX), liable, tenure == Housing.Tenure.PRIVATE_RENT ? where.rentalArea() : null, null, bedrooms,
                null, null, null, null, null);
    }
}
