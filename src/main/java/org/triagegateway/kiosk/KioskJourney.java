package org.triagegateway.kiosk;

import jakarta.inject.Singleton;
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
    static final String HOME = "home";
    static final String RENT = "rent";
    static final String BEDROOMS = "bedrooms";
    static final String POSTCODE = "postcode";
    static final String COUNCIL = "council";
    static final String RENTAL_AREA = "rental-area";
    static final String COUNCIL_TAX = "council-tax";
    static final String WORK = "work";
    static final String PAY = "pay";
    static final String HOURS = "hours";
    static final String PARTNER_WORK = "partner-work";
    static final String PARTNER_PAY = "partner-pay";
    static final String PARTNER_HOURS = "partner-hours";
    static final String STATE_PENSION = "state-pension";
    static final String OTHER_PENSION = "other-pension";
    static final String PARTNER_STATE_PENSION = "partner-state-pension";
    static final String PARTNER_OTHER_PENSION = "partner-other-pension";
    static final String SAVINGS = "savings";
    static final String HEALTH = "health";
    static final String PARTNER_HEALTH = "partner-health";
    static final String CARER = "carer";

    /** Worked out from the dates of birth, not asked: who has reached State Pension age. */
    static final String PENSION_AGE = "derived-pension-age";
    static final String PARTNER_PENSION_AGE = "derived-partner-pension-age";

    static final int MOST_CHILDREN = 10;
    static final List<String> WORK_KINDS = List.of("no", "employed", "self_employed");
    static final List<String> HOMES = List.of("social_rent", "private_rent", "temporary", "owner", "rent_free");
    static final Set<String> RENTED = Set.of("social_rent", "private_rent", "temporary");
    static final List<String> PAY_FREQUENCIES = List.of("WEEKLY", "FORTNIGHTLY", "FOUR_WEEKLY", "MONTHLY");

    private static final BigDecimal MOST_MONEY = new BigDecimal("999999.99");
    private static final BigDecimal YOUNGEST_ADULT = BigDecimal.valueOf(16);
    /** The household record takes dates of birth less than 120 years ago (PlausibleDateOfBirth). */
    private static final BigDecimal OLDEST = BigDecimal.valueOf(119);
    private static final BigDecimal OLDEST_CHILD = BigDecimal.valueOf(19);

    private final List<Question> questions;
    private final RulesEngine rules;
    private final Clock clock;
    private final KioskPlaces places;

    KioskJourney(RulesEngine rules, Clock clock, KioskPlaces places) {
        this.rules = rules;
        this.clock = clock;
        this.places = places;
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
        list.add(yesNo(PARTNER, "partner", always));
        list.add(date(PARTNER_DATE_OF_BIRTH, "partnerDateOfBirth", null, YOUNGEST_ADULT, OLDEST, couple));
        list.add(new Question(CHILDREN, Kind.NUMBER, "children", null, List.of(), BigDecimal.ZERO,
                BigDecimal.valueOf(MOST_CHILDREN), false, always));
        for (int n = 1; n <= MOST_CHILDREN; n++) {
            int child = n;
            list.add(date(CHILD + n, "child", n, BigDecimal.ZERO, OLDEST_CHILD, a -> a.count(CHILDREN) >= child));
        }
        list.add(new Question(HOME, Kind.CHOICE, "home", null, HOMES, null, null, false, always));
        list.add(money(RENT, "rent", PAY_FREQUENCIES, false, rents));
        list.add(new Question(BEDROOMS, Kind.NUMBER, "bedrooms", null, List.of(), BigDecimal.ONE, BigDecimal.TEN, false,
                a -> a.is(HOME, "social_rent")));
        list.add(new Question(POSTCODE, Kind.POSTCODE, "postcode", null, List.of(), null, null, true, always));
        // the postcode gives the council, and for a private renter the area of the rents allowed; asked only where it does not
        list.add(new Question(COUNCIL, Kind.PLACE, "council", null, List.of(), null, null, true,
                a -> places.councils(a).size() != 1));
        list.add(new Question(RENTAL_AREA, Kind.PLACE, "rentalArea", null, List.of(), null, null, true,
                a -> a.is(HOME, "private_rent") && places.rentalAreas(a).size() != 1));
        list.add(money(COUNCIL_TAX, "councilTax", List.of(), true, a -> !a.is(HOME, "rent_free")));
        list.add(new Question(WORK, Kind.CHOICE, "work", null, WORK_KINDS, null, null, false, always));
        list.add(money(PAY, "pay", PAY_FREQUENCIES, false, works));
        list.add(hours(HOURS, "hours", works));
        list.add(new Question(PARTNER_WORK, Kind.CHOICE, "partnerWork", null, WORK_KINDS, null, null, false, couple));
        list.add(money(PARTNER_PAY, "partnerPay", PAY_FREQUENCIES, false, partnerWorks));
        list.add(hours(PARTNER_HOURS, "partnerHours", partnerWorks));
        list.add(money(STATE_PENSION, "statePension", PAY_FREQUENCIES, false, pensionAge));
        list.add(money(OTHER_PENSION, "otherPension", PAY_FREQUENCIES, false, pensionAge));
        list.add(money(PARTNER_STATE_PENSION, "partnerStatePension", PAY_FREQUENCIES, false, partnerPensionAge));
        list.add(money(PARTNER_OTHER_PENSION, "partnerOtherPension", PAY_FREQUENCIES, false, partnerPensionAge));
        list.add(money(SAVINGS, "savings", List.of(), false, always));
        list.add(yesNo(HEALTH, "health", always));
        list.add(yesNo(PARTNER_HEALTH, "partnerHealth", couple));
        list.add(yesNo(CARER, "carer", always));
        return List.copyOf(list);
    }

    private static Question date(String id, String key, Integer number, BigDecimal youngest, BigDecimal oldest,
                                 Predicate<KioskAnswers> asked) {
        return new Question(id, Kind.DATE, key, number, List.of(), youngest, oldest, false, asked);
    }

    private static Question yesNo(String id, String key, Predicate<KioskAnswers> asked) {
        return new Question(id, Kind.YES_NO, key, null, List.of(), null, null, false, asked);
    }

    private static Question money(String id, String key, List<String> frequencies, boolean optional,
                                  Predicate<KioskAnswers> asked) {
        return new Question(id, Kind.MONEY, key, null, frequencies, null, MOST_MONEY, optional, asked);
    }

    private static Question hours(String id, String key, Predicate<KioskAnswers> asked) {
        return new Question(id, Kind.NUMBER, key, null, List.of(), new BigDecimal("0.5"), BigDecimal.valueOf(100), false, asked);
    }

    /** The question with its choices for this household: a place question's depend on the postcode. */
    Question bound(Question question, KioskAnswers answers) {
        return switch (question.id()) {
            case COUNCIL -> question.withOptions(places.councils(answers).stream().map(c -> c.code()).toList());
            case RENTAL_AREA -> question.withOptions(places.rentalAreas(answers).stream().map(r -> r.id()).toList());
            default -> question;
        };
    }

    Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    List<Question> asked(KioskAnswers answers) {
        return questions.stream().filter(q -> q.asked().test(answers)).toList();
    }

    Question first() {
        return questions.get(0);
    }

    /** The next question this person is asked, if any is left. */
    Optional<Question> after(Question question, KioskAnswers answers) {
        List<Question> asked = asked(answers);
        int at = position(asked, question);
        return at + 1 < asked.size() ? Optional.of(asked.get(at + 1)) : Optional.empty();
    }

    /** The question before this one, for the back link; empty for the first. */
    Optional<Question> before(Question question, KioskAnswers answers) {
        List<Question> asked = asked(answers);
        int at = position(asked, question);
        return at > 0 ? Optional.of(asked.get(at - 1)) : Optional.empty();
    }

    /** By id: a place question bound to a postcode's choices is still the same question. */
    private static int position(List<Question> asked, Question question) {
        return asked.stream().map(Question::id).toList().indexOf(question.id());
    }

    Optional<Question> firstUnanswered(KioskAnswers answers) {
        return asked(answers).stream().filter(q -> !answers.has(q.id())).findFirst();
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
        KioskAnswers given = answers.with(values);
        ParameterSet parameters = rules.parametersOn(today());
        KioskAnswers changed = given.with(Map.of(
                PENSION_AGE, yesOrNo(reached(given.date(DATE_OF_BIRTH), parameters)),
                PARTNER_PENSION_AGE, yesOrNo(reached(given.date(PARTNER_DATE_OF_BIRTH), parameters))));
        Set<String> kept = asked(changed).stream().filter(q -> stillAllowed(q, changed))
                .flatMap(q -> q.storedFields().stream()).collect(Collectors.toSet());
        kept.add(PENSION_AGE);
        kept.add(PARTNER_PENSION_AGE);
        return changed.keepOnly(kept::contains);
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
