package org.triagegateway.kiosk;

import jakarta.inject.Singleton;
import org.triagegateway.household.Household;
import org.triagegateway.kiosk.Question.Kind;
import org.triagegateway.rules.ParameterSet;
import org.triagegateway.rules.RulesEngine;
import org.triagegateway.rules.StatePensionAge;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The kiosk's questions in order, and which of them a person is asked: nobody answers a question
 * that does not apply to them (no rent question for an owner, no partner questions for someone
 * single, pension questions only at State Pension age).
 */
@Singleton
class KioskJourney {

    static final String DATE_OF_BIRTH = "date-of-birth";
    static final String PARTNER = "partner";
    static final String PARTNER_DATE_OF_BIRTH = "partner-date-of-birth";
    static final String CHILDREN = "children";
    static final String CHILD = "child-";
    static final String OTHER_ADULTS = "other-adults";
    /** Another adult's answers: adult-1-date-of-birth, adult-1-relationship, adult-1-work, adult-1-pay, adult-1-hours. */
    static final String ADULT = "adult-";
    static final String HOME = "home";
    static final String RENT = "rent";
    static final String BEDROOMS = "bedrooms";
    static final String POSTCODE = "postcode";
    static final String COUNCIL = "council";
    static final String RENTAL_AREA = "rental-area";
    static final String COUNCIL_TAX = "council-tax";
    static final String COUNCIL_TAX_BILL = "council-tax-bill";
    static final String WORK = "work";
    static final String PAY = "pay";
    static final String HOURS = "hours";
    static final String PARTNER_WORK = "partner-work";
    static final String PARTNER_PAY = "partner-pay";
    static final String PARTNER_HOURS = "partner-hours";
    static final String CHILDCARE = "childcare";
    static final String STATE_PENSION = "state-pension";
    static final String OTHER_PENSION = "other-pension";
    static final String PARTNER_STATE_PENSION = "partner-state-pension";
    static final String PARTNER_OTHER_PENSION = "partner-other-pension";
    static final String SAVINGS = "savings";
    static final String HEALTH = "health";
    static final String PARTNER_HEALTH = "partner-health";
    static final String CARER = "carer";
    static final String DISABILITY_BENEFIT = "disability-benefit";
    static final String PARTNER_DISABILITY_BENEFIT = "partner-disability-benefit";
    static final String CARED_FOR_BENEFIT = "cared-for-benefit";
    static final String PARTNER_CARER = "partner-carer";
    static final String PARTNER_CARED_FOR_BENEFIT = "partner-cared-for-benefit";
    static final String CITIZEN = "citizen";
    static final String IMMIGRATION_STATUS = "immigration-status";
    static final String PARTNER_CITIZEN = "partner-citizen";
    static final String PARTNER_IMMIGRATION_STATUS = "partner-immigration-status";
    /** Permission to stay for someone who is not a British or Irish citizen (Person.ImmigrationStatus), the commonest first. */
    static final List<String> IMMIGRATION_STATUSES = List.of("SETTLED", "PRE_SETTLED", "REFUGEE", "OTHER_PERMISSION",
            "NO_PUBLIC_FUNDS");
    /** The disability benefits a person may get, by the record's names (Disability.DisabilityBenefit), the commonest first. */
    static final List<String> DISABILITY_BENEFITS = List.of("PIP_DAILY_LIVING_ENHANCED", "PIP_DAILY_LIVING_STANDARD",
            "PIP_MOBILITY_ONLY", "DLA_CARE_HIGHEST", "DLA_CARE_MIDDLE", "DLA_CARE_LOWEST", "DLA_MOBILITY_ONLY",
            "ATTENDANCE_ALLOWANCE_HIGHER", "ATTENDANCE_ALLOWANCE_LOWER", "NONE");

    /** Worked out from the dates of birth, not asked: who has reached State Pension age. */
    static final String PENSION_AGE = "derived-pension-age";
    static final String PARTNER_PENSION_AGE = "derived-partner-pension-age";

    static final int MOST_CHILDREN = 10;
    static final int MOST_OTHER_ADULTS = 5;
    /** How another adult lives in the home, by the record's names (Person.Relationship). */
    static final List<String> RELATIONSHIPS = List.of("NON_DEPENDANT", "LODGER", "JOINT_TENANT");
    /** By person id (KioskHousehold), the answers that make their job's pay what it is. */
    private static final Map<String, List<String>> PAY_ANSWERS = Map.of(
            KioskHousehold.CLAIMANT, List.of(WORK, PAY, PAY + Question.FREQUENCY),
            KioskHousehold.PARTNER_ID, List.of(PARTNER_WORK, PARTNER_PAY, PARTNER_PAY + Question.FREQUENCY));
    static final List<String> WORK_KINDS = List.of("no", "employed", "self_employed");
    /**
     * family_board: paying family one lives with for one's keep is not rent for benefits (UC Regs 2013 Sch 2
     * para 5(1)(c), close relative in the same home; HB (SPC) Regs 2006 reg 9(1)(b)), so it is a home without rent.
     */
    static final List<String> HOMES = List.of("social_rent", "private_rent", "temporary", "owner", "family_board", "rent_free");
    /** Someone else's home: the household pays no rent and no council tax bill of its own. */
    static final Set<String> LIVES_WITH_OTHERS = Set.of("family_board", "rent_free");
    static final Set<String> RENTED = Set.of("social_rent", "private_rent", "temporary");
    static final List<String> PAY_FREQUENCIES = List.of("WEEKLY", "FORTNIGHTLY", "FOUR_WEEKLY", "MONTHLY");

    static final BigDecimal MOST_MONEY = new BigDecimal("999999.99");
    private static final BigDecimal YOUNGEST_ADULT = BigDecimal.valueOf(16);
    /** The household record takes dates of birth less than 120 years ago (PlausibleDateOfBirth). */
    private static final BigDecimal OLDEST = BigDecimal.valueOf(119);
    private static final BigDecimal OLDEST_CHILD = BigDecimal.valueOf(19);

    private final List<Question> questions;
    private final RulesEngine rules;
    private final Clock clock;
    private final KioskPlaces places;
    private final KioskFollowUps followUps;

    KioskJourney(RulesEngine rules, Clock clock, KioskPlaces places, KioskFollowUps followUps) {
        this.rules = rules;
        this.clock = clock;
        this.places = places;
        this.followUps = followUps;
        this.questions = questions();
    }

    private List<Question> questions() {
        Predicate<KioskAnswers> always = a -> true;
        Predicate<KioskAnswers> couple = a -> a.yes(PARTNER);
        Predicate<KioskAnswers> rents = a -> a.get(HOME).filter(RENTED::contains).isPresent();
        Predicate<KioskAnswers> works = a -> a.get(WORK).filter(w -> !w.equals("no")).isPresent();
        Predicate<KioskAnswers> partnerWorks = a -> couple.test(a) && a.get(PARTNER_WORK).filter(w -> !w.equals("no")).isPresent();
        Predicate<KioskAnswers> pensionAge = a -> a.yes(PENSION_AGE);
        Predicate<KioskAnswers> partnerPensionAge = a -> couple.test(a) && a.yes(PARTNER_PENSION_AGE);
        List<Question> list = new ArrayList<>();
        list.add(date(DATE_OF_BIRTH, "dateOfBirth", null, YOUNGEST_ADULT, OLDEST, always));
        // means-tested benefits and Child Benefit need a right to reside, and none is paid on permission to stay with
        // no recourse to public funds (IAA 1999 s.115): one question for most people, a second for the others
        list.add(yesNo(CITIZEN, "citizen", always));
        list.add(orNotKnown(IMMIGRATION_STATUS, "immigrationStatus", IMMIGRATION_STATUSES, a -> a.has(CITIZEN) && !a.yes(CITIZEN)));
        list.add(yesNo(PARTNER, "partner", always));
        list.add(date(PARTNER_DATE_OF_BIRTH, "partnerDateOfBirth", null, YOUNGEST_ADULT, OLDEST, couple));
        list.add(yesNo(PARTNER_CITIZEN, "partnerCitizen", couple));
        list.add(orNotKnown(PARTNER_IMMIGRATION_STATUS, "partnerImmigrationStatus", IMMIGRATION_STATUSES,
                a -> couple.test(a) && a.has(PARTNER_CITIZEN) && !a.yes(PARTNER_CITIZEN)));
        list.add(new Question(CHILDREN, Kind.NUMBER, "q.children", List.of(), List.of(), BigDecimal.ZERO,
                BigDecimal.valueOf(MOST_CHILDREN), false, always));
        for (int n = 1; n <= MOST_CHILDREN; n++) {
            int child = n;
            list.add(date(CHILD + n, "child", n, BigDecimal.ZERO, OLDEST_CHILD, a -> a.count(CHILDREN) >= child));
        }
        // others living in the home change help with rent and council tax (non-dependant deductions), so each is asked about
        list.add(new Question(OTHER_ADULTS, Kind.NUMBER, "q.otherAdults", List.of(), List.of(), BigDecimal.ZERO,
                BigDecimal.valueOf(MOST_OTHER_ADULTS), false, always));
        for (int n = 1; n <= MOST_OTHER_ADULTS; n++) {
            int adult = n;
            Predicate<KioskAnswers> lives = a -> a.count(OTHER_ADULTS) >= adult;
            Predicate<KioskAnswers> worksToo = a -> lives.test(a) && a.get(ADULT + adult + "-work").filter(w -> !w.equals("no")).isPresent();
            List<Object> number = List.of(n);
            list.add(new Question(ADULT + n + "-date-of-birth", Kind.DATE, "q.adultDateOfBirth", number, List.of(), YOUNGEST_ADULT,
                    OLDEST, false, lives));
            list.add(new Question(ADULT + n + "-relationship", Kind.CHOICE, "q.adultRelationship", number, RELATIONSHIPS, null, null,
                    false, lives));
            list.add(new Question(ADULT + n + "-work", Kind.CHOICE, "q.adultWork", number, WORK_KINDS, null, null, false, lives));
            list.add(new Question(ADULT + n + "-pay", Kind.MONEY, "q.adultPay", number, PAY_FREQUENCIES, null, MOST_MONEY, false,
                    worksToo));
            list.add(new Question(ADULT + n + "-hours", Kind.NUMBER, "q.adultHours", number, List.of(), new BigDecimal("0.5"),
                    BigDecimal.valueOf(100), false, worksToo));
        }
        list.add(new Question(HOME, Kind.CHOICE, "q.home", List.of(), HOMES, null, null, false, always));
        list.add(money(RENT, "rent", PAY_FREQUENCIES, false, rents));
        list.add(new Question(BEDROOMS, Kind.NUMBER, "q.bedrooms", List.of(), List.of(), BigDecimal.ONE, BigDecimal.TEN, false,
                a -> a.is(HOME, "social_rent")));
        list.add(new Question(POSTCODE, Kind.POSTCODE, "q.postcode", List.of(), List.of(), null, null, true, always));
        // the postcode gives the council, and for a private renter the area of the rents allowed; asked only where it does not
        list.add(new Question(COUNCIL, Kind.PLACE, "q.council", List.of(), List.of(), null, null, true,
                a -> places.councils(a).size() != 1));
        list.add(new Question(RENTAL_AREA, Kind.PLACE, "q.rentalArea", List.of(), List.of(), null, null, true,
                a -> a.is(HOME, "private_rent") && places.rentalAreas(a).size() != 1));
        Predicate<KioskAnswers> withOthers = a -> a.get(HOME).filter(LIVES_WITH_OTHERS::contains).isPresent();
        // Council Tax Reduction is only for whoever is liable for the bill (LGFA 1992 s.13A)
        list.add(yesNo(COUNCIL_TAX_BILL, "councilTaxBill", withOthers));
        list.add(money(COUNCIL_TAX, "councilTax", List.of(), true, a -> !withOthers.test(a) || a.yes(COUNCIL_TAX_BILL)));
        list.add(new Question(WORK, Kind.CHOICE, "q.work", List.of(), WORK_KINDS, null, null, false, always));
        list.add(money(PAY, "pay", PAY_FREQUENCIES, false, works));
        list.add(hours(HOURS, "hours", works));
        list.add(new Question(PARTNER_WORK, Kind.CHOICE, "q.partnerWork", List.of(), WORK_KINDS, null, null, false, couple));
        list.add(money(PARTNER_PAY, "partnerPay", PAY_FREQUENCIES, false, partnerWorks));
        list.add(hours(PARTNER_HOURS, "partnerHours", partnerWorks));
        // Universal Credit pays most of the cost of registered childcare to working parents (reg 32)
        list.add(money(CHILDCARE, "childcare", PAY_FREQUENCIES, false,
                a -> a.count(CHILDREN) > 0 && (works.test(a) || partnerWorks.test(a))));
        list.add(money(STATE_PENSION, "statePension", PAY_FREQUENCIES, false, pensionAge));
        list.add(money(OTHER_PENSION, "otherPension", PAY_FREQUENCIES, false, pensionAge));
        list.add(money(PARTNER_STATE_PENSION, "partnerStatePension", PAY_FREQUENCIES, false, partnerPensionAge));
        list.add(money(PARTNER_OTHER_PENSION, "partnerOtherPension", PAY_FREQUENCIES, false, partnerPensionAge));
        list.add(money(SAVINGS, "savings", List.of(), false, always));
        list.add(yesNo(HEALTH, "health", always));
        list.add(orNotKnown(DISABILITY_BENEFIT, "disabilityBenefit", DISABILITY_BENEFITS, a -> a.yes(HEALTH)));
        list.add(yesNo(PARTNER_HEALTH, "partnerHealth", couple));
        list.add(orNotKnown(PARTNER_DISABILITY_BENEFIT, "partnerDisabilityBenefit", DISABILITY_BENEFITS,
                a -> couple.test(a) && a.yes(PARTNER_HEALTH)));
        // Carer's Allowance and the carer element need 35 hours for someone who gets a qualifying benefit
        // (SSCBA 1992 s.70; UC Regs 2013 reg 30): both are asked, of either partner
        list.add(yesNo(CARER, "carer", always));
        // yes or no, never "I do not know": the rules read caring as not caring unless it is said (HouseholdFacts),
        // so an unknown here would quietly become "you cannot get Carer's Allowance"
        list.add(yesNo(CARED_FOR_BENEFIT, "caredForBenefit", a -> a.yes(CARER)));
        list.add(yesNo(PARTNER_CARER, "partnerCarer", couple));
        list.add(yesNo(PARTNER_CARED_FOR_BENEFIT, "partnerCaredForBenefit", a -> couple.test(a) && a.yes(PARTNER_CARER)));
        return List.copyOf(list);
    }

    private static Question date(String id, String key, Integer number, BigDecimal youngest, BigDecimal oldest,
                                 Predicate<KioskAnswers> asked) {
        return new Question(id, Kind.DATE, "q." + key, number == null ? List.of() : List.of(number), List.of(), youngest, oldest,
                false, asked);
    }

    private static Question yesNo(String id, String key, Predicate<KioskAnswers> asked) {
        return new Question(id, Kind.YES_NO, "q." + key, List.of(), List.of(), null, null, false, asked);
    }

    /** A choice with "I do not know" after the others. */
    private static Question orNotKnown(String id, String key, List<String> options, Predicate<KioskAnswers> asked) {
        return new Question(id, Kind.CHOICE, "q." + key, List.of(), options, null, null, true, asked);
    }

    private static Question money(String id, String key, List<String> frequencies, boolean optional,
                                  Predicate<KioskAnswers> asked) {
        return new Question(id, Kind.MONEY, "q." + key, List.of(), frequencies, null, MOST_MONEY, optional, asked);
    }

    private static Question hours(String id, String key, Predicate<KioskAnswers> asked) {
        return new Question(id, Kind.NUMBER, "q." + key, List.of(), List.of(), new BigDecimal("0.5"), BigDecimal.valueOf(100), false,
                asked);
    }

    /** The question with its choices for this household: a place question's depend on the postcode. */
    Question bound(Question question, KioskAnswers answers) {
        return switch (question.id()) {
            case COUNCIL -> question.withOptions(places.councils(answers).stream().map(c -> c.code()).toList());
            case RENTAL_AREA -> question.withOptions(places.rentalAreas(answers).stream().map(r -> r.id()).toList());
            default -> question;
        };
    }

    /** The question with this id that this person is asked, bound to their answers. */
    Optional<Question> asked(String id, KioskAnswers answers) {
        return asked(id, asked(answers), answers);
    }

    Optional<Question> asked(String id, List<Question> asked, KioskAnswers answers) {
        return asked.stream().filter(q -> q.id().equals(id)).findFirst().map(q -> bound(q, answers));
    }

    /**
     * Every question this person is asked: the core that applies to them, then, once the core is
     * answered, what the rules still need to know that they can tell us (KioskFollowUps).
     */
    List<Question> asked(KioskAnswers answers) {
        List<Question> core = core(answers);
        if (core.stream().anyMatch(q -> !answers.has(q.id()))) {
            return core;
        }
        List<Question> all = new ArrayList<>(core);
        all.addAll(followUps.questions(answers, coreHousehold(answers), today()));
        return all;
    }

    private List<Question> core(KioskAnswers answers) {
        return questions.stream().filter(q -> q.asked().test(answers)).toList();
    }

    /** The household the answers describe: the core's, with every follow-up answer written in. */
    Household household(KioskAnswers answers) {
        return followUps.withAnswers(coreHousehold(answers), answers, today());
    }

    private Household coreHousehold(KioskAnswers answers) {
        return KioskHousehold.from(answers, today(), places.where(answers));
    }

    Question first() {
        return questions.get(0);
    }

    /** The next question this person is asked, if any is left. */
    Optional<Question> after(Question question, KioskAnswers answers) {
        return after(question, asked(answers));
    }

    /** The same, from the questions already worked out for these answers: each working out evaluates the household. */
    Optional<Question> after(Question question, List<Question> asked) {
        int at = position(asked, question);
        return at + 1 < asked.size() ? Optional.of(asked.get(at + 1)) : Optional.empty();
    }

    /** The question before this one, for the back link; empty for the first. */
    Optional<Question> before(Question question, KioskAnswers answers) {
        return before(question, asked(answers));
    }

    Optional<Question> before(Question question, List<Question> asked) {
        int at = position(asked, question);
        return at > 0 ? Optional.of(asked.get(at - 1)) : Optional.empty();
    }

    /** By id: a place question bound to a postcode's choices is still the same question. */
    private static int position(List<Question> asked, Question question) {
        return asked.stream().map(Question::id).toList().indexOf(question.id());
    }

    Optional<Question> firstUnanswered(KioskAnswers answers) {
        return firstUnanswered(asked(answers), answers);
    }

    Optional<Question> firstUnanswered(List<Question> asked, KioskAnswers answers) {
        return asked.stream().filter(q -> !answers.has(q.id())).findFirst();
    }

    boolean complete(KioskAnswers answers) {
        return firstUnanswered(answers).isEmpty();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Keeps a new answer, works out what follows from the dates of birth, and forgets answers to
     * questions that no longer apply (a partner's pay once there is no partner): nothing is kept
     * that is not used.
     */
    KioskAnswers answer(KioskAnswers answers, Map<String, String> values) {
        KioskAnswers given = withoutAnswersAboutPayThatChanged(answers, values).with(values);
        ParameterSet parameters = rules.parametersOn(today());
        KioskAnswers changed = given.with(Map.of(
                PENSION_AGE, yesOrNo(reached(given.date(DATE_OF_BIRTH), parameters)),
                PARTNER_PENSION_AGE, yesOrNo(reached(given.date(PARTNER_DATE_OF_BIRTH), parameters))));
        KioskAnswers core = keep(changed, core(changed), true);
        // while a change opens a core question, the follow-ups wait for it rather than being forgotten
        boolean coreOpen = core(core).stream().anyMatch(q -> !core.has(q.id()));
        return coreOpen ? core : keep(core, asked(core), false);
    }

    /**
     * What was said about a job's pay (the take-home pay, the pension paid from it, each time one is
     * paid) means something else once the work, the pay or how often it comes changes: it is asked again.
     */
    private static KioskAnswers withoutAnswersAboutPayThatChanged(KioskAnswers answers, Map<String, String> values) {
        KioskAnswers kept = answers;
        for (Map.Entry<String, List<String>> person : PAY_ANSWERS.entrySet()) {
            boolean changed = person.getValue().stream()
                    .anyMatch(field -> values.containsKey(field) && !values.get(field).equals(answers.get(field).orElse(null)));
            if (changed) {
                String aboutPay = KioskFollowUps.PREFIX + person.getKey() + "-earnings-";
                kept = kept.keepOnly(field -> !field.startsWith(aboutPay));
            }
        }
        return kept;
    }

    /** Only the answers to these questions (and what the dates of birth gave), and the follow-ups if they are to wait. */
    private KioskAnswers keep(KioskAnswers answers, List<Question> asked, boolean followUpsToo) {
        Set<String> kept = asked.stream().filter(q -> stillAllowed(q, answers))
                .flatMap(q -> q.storedFields().stream()).collect(Collectors.toSet());
        kept.add(PENSION_AGE);
        kept.add(PARTNER_PENSION_AGE);
        return answers.keepOnly(field -> kept.contains(field) || followUpsToo && KioskFollowUps.isFollowUp(field));
    }

    /** A council or area chosen for one postcode is not kept when a new postcode does not reach it. */
    private boolean stillAllowed(Question question, KioskAnswers answers) {
        return question.kind() != Kind.PLACE || answers.known(question.id())
                .map(value -> bound(question, answers).options().contains(value)).orElse(true);
    }

    private static String yesOrNo(boolean yes) {
        return yes ? KioskAnswers.YES : KioskAnswers.NO;
    }

    private static boolean reached(LocalDate birth, ParameterSet parameters) {
        return birth != null && StatePensionAge.reached(birth, parameters);
    }
}
