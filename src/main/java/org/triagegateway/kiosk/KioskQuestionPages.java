package org.triagegateway.kiosk;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.triagegateway.kiosk.KioskPages.CheckPage;
import org.triagegateway.kiosk.KioskPages.Chrome;
import org.triagegateway.kiosk.KioskPages.Option;
import org.triagegateway.kiosk.KioskPages.QuestionPage;
import org.triagegateway.kiosk.KioskPages.SummaryRow;
import org.triagegateway.kiosk.Question.Kind;
import org.triagegateway.rules.Pounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The question pages and "check your answers": what each shows, and where an answer leads. */
@Singleton
class KioskQuestionPages {

    static final String QUESTIONS = "/kiosk/questions/";
    static final String CHECK = "/kiosk/check";

    private final KioskJourney journey;
    private final KioskSessionService sessions;
    private final KioskMessages messages;
    private final KioskPlaces places;

    KioskQuestionPages(KioskJourney journey, KioskSessionService sessions, KioskMessages messages, KioskPlaces places) {
        this.places = places;
        this.journey = journey;
        this.sessions = sessions;
        this.messages = messages;
    }

    String firstQuestion() {
        return journey.first().id();
    }

    Optional<QuestionPage> show(KioskSession session, Chrome chrome, String id, boolean change) {
        // the questions are worked out once a request: after the core, each working out evaluates the household
        List<Question> asked = journey.asked(session.answers());
        return journey.asked(id, asked, session.answers())
                .map(q -> page(session, chrome, q, stored(q, session.answers()), List.of(), change, asked));
    }

    /** Keeps a valid answer and says where to go next, or gives the page again with what is wrong. */
    Outcome answer(KioskSession session, Chrome chrome, String id, Map<String, String> form, boolean change) {
        List<Question> askedNow = journey.asked(session.answers());
        Optional<Question> asked = journey.asked(id, askedNow, session.answers());
        if (asked.isEmpty()) {
            return new Outcome(null, Optional.empty());
        }
        Question question = asked.get();
        Question.Reading reading = question.read(form, journey.today());
        if (!reading.valid()) {
            return new Outcome(page(session, chrome, question, submitted(question, form), reading.errors(), change, askedNow),
                    Optional.empty());
        }
        KioskAnswers answers = sessions.saveAnswers(session, journey.answer(session.answers(), reading.values())).answers();
        // after a follow-up, the next thing the rules need, which an answer may just have opened or closed
        List<Question> askedAfter = journey.asked(answers);
        Optional<Question> next = change || KioskFollowUps.isFollowUp(question.id()) ? journey.firstUnanswered(askedAfter, answers)
                : journey.after(question, askedAfter);
        // a change can open a new question (a partner now): after it, back to check your answers
        String query = change ? "?change=true" : "";
        return new Outcome(null, Optional.of(next.map(q -> QUESTIONS + q.id() + query).orElse(CHECK)));
    }

    Optional<String> firstUnanswered(KioskSession session) {
        return journey.firstUnanswered(session.answers()).map(q -> QUESTIONS + q.id());
    }

    CheckPage check(KioskSession session, Chrome chrome) {
        Locale locale = KioskLanguage.of(session.language()).locale();
        List<Question> asked = journey.asked(session.answers());
        List<SummaryRow> rows = asked.stream()
                .map(q -> new SummaryRow(q.id(), label(q, locale), display(q, session.answers(), locale),
                        QUESTIONS + q.id() + "?change=true"))
                .toList();
        return new CheckPage(chrome, rows, QUESTIONS + asked.get(asked.size() - 1).id());
    }

    private QuestionPage page(KioskSession session, Chrome chrome, Question question, Map<String, String> values,
                              List<KioskPages.FieldError> errors, boolean change, List<Question> asked) {
        String back = change ? CHECK : journey.before(question, asked).map(q -> QUESTIONS + q.id())
                .orElse("/kiosk?lang=" + session.language());
        String action = QUESTIONS + question.id() + (change ? "?change=true" : "");
        Locale locale = KioskLanguage.of(session.language()).locale();
        String key = question.messageKey();
        Object[] args = arguments(question, locale);
        String hint = messages.find(key + ".hint" + (straddles(question) ? ".straddles" : ""), locale, args).orElse(null);
        Map<String, String> byField = fieldErrors(errors);
        if (question.kind() == Kind.DATE && !errors.isEmpty()) {
            // a date is one answer: its message sits above its three boxes
            byField.putIfAbsent(question.id(), errors.get(0).messageKey());
        }
        return new QuestionPage(chrome, question.id(), template(question), messages.text(key + ".title", locale, args),
                hint, options(question, locale), values, errors, byField, describedBy(question, hint != null, byField), back, action);
    }

    /** A question's row on "check your answers": its short name where it has one, or the question itself. */
    private String label(Question question, Locale locale) {
        Object[] args = arguments(question, locale);
        return messages.find(question.messageKey() + ".summary", locale, args)
                .orElseGet(() -> messages.text(question.messageKey() + ".title", locale, args));
    }

    private static Object[] arguments(Question question, Locale locale) {
        return KioskMessages.arguments(question.args(), locale);
    }

    private static Map<String, String> fieldErrors(List<KioskPages.FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.messageKey()));
        return byField;
    }

    /** For aria-describedby: the hint, then the error message, of the group (by the question's id) or a field. */
    private static Map<String, String> describedBy(Question question, boolean hint, Map<String, String> errors) {
        String id = question.id();
        Map<String, String> ids = new LinkedHashMap<>();
        String hintId = hint ? id + "-hint" : null;
        ids.put(id, join(hintId, errors.containsKey(id) ? id + "-error" : null));
        ids.put(id + Question.AMOUNT, join(hintId, errors.containsKey(id + Question.AMOUNT) ? id + Question.AMOUNT + "-error" : null));
        ids.put(id + Question.FREQUENCY, join(null, errors.containsKey(id + Question.FREQUENCY) ? id + Question.FREQUENCY + "-error" : null));
        return ids;
    }

    private static String join(String first, String second) {
        String joined = (first == null ? "" : first) + (first != null && second != null ? " " : "") + (second == null ? "" : second);
        return joined.isEmpty() ? null : joined;
    }

    /** How the page shows the question: a few places are radios, many a select list. */
    private static String template(Question question) {
        if (question.kind() == Kind.PLACE) {
            return few(question) ? Kind.CHOICE.name() : "SELECT";
        }
        return question.kind().name();
    }

    /** A place question with few enough choices to show them all as radios (a postcode's), not a long list. */
    private static boolean few(Question question) {
        return question.options().size() <= KioskPages.MOST_RADIOS;
    }

    /** A council question whose choices are the few a postcode on a boundary reaches. */
    private static boolean straddles(Question question) {
        return question.id().equals(KioskJourney.COUNCIL) && question.options().size() > 1 && few(question);
    }

    private List<Option> options(Question question, Locale locale) {
        return switch (question.kind()) {
            case PLACE -> {
                List<Option> choices = new java.util.ArrayList<>(question.options().stream()
                        .map(value -> new Option(value, null, placeName(question, value, locale)))
                        .toList());
                // at the end of a few radios, after "or"; at the top of a long list, where it is seen
                Option notKnown = new Option(KioskAnswers.NOT_KNOWN, "answer.notKnown");
                if (few(question)) {
                    choices.add(notKnown);
                } else {
                    choices.add(0, notKnown);
                }
                yield choices;
            }
            case YES_NO, CHOICE -> question.orNotKnown(question.kind() == Kind.YES_NO ? List.of(KioskAnswers.YES, KioskAnswers.NO)
                    : question.options()).stream().map(o -> new Option(o, optionKey(question, o))).toList();
            case MONEY -> question.options().stream().map(f -> new Option(f, "frequency." + f)).toList();
            default -> List.of();
        };
    }

    private static String optionKey(Question question, String option) {
        if (option.equals(KioskAnswers.NOT_KNOWN)) {
            return "answer.notKnown";
        }
        return question.kind() == Kind.YES_NO ? "answer." + option : question.messageKey() + ".option." + option;
    }

    /** The stored answer as the form's fields, to fill the page in again. */
    private static Map<String, String> stored(Question question, KioskAnswers answers) {
        Map<String, String> values = new LinkedHashMap<>();
        answers.known(question.id()).ifPresent(value -> {
            switch (question.kind()) {
                case DATE -> {
                    LocalDate date = LocalDate.parse(value);
                    values.put(question.id() + Question.DAY, String.valueOf(date.getDayOfMonth()));
                    values.put(question.id() + Question.MONTH, String.valueOf(date.getMonthValue()));
                    values.put(question.id() + Question.YEAR, String.valueOf(date.getYear()));
                }
                case MONEY -> {
                    values.put(question.id() + Question.AMOUNT, value);
                    answers.get(question.id() + Question.FREQUENCY).ifPresent(f -> values.put(question.id() + Question.FREQUENCY, f));
                }
                default -> values.put(question.id(), value);
            }
        });
        return values;
    }

    /** What was typed, given back as it was so nobody has to type it again. */
    private static Map<String, String> submitted(Question question, Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            if (field.startsWith(question.id()) && value != null && value.length() <= 100) {
                values.put(field, value);
            }
        });
        return values;
    }

    private String display(Question question, KioskAnswers answers, Locale locale) {
        if (answers.known(question.id()).isEmpty()) {
            return text("answer.notKnown", locale);
        }
        String value = answers.get(question.id()).orElseThrow();
        return switch (question.kind()) {
            case YES_NO -> text("answer." + value, locale);
            case CHOICE -> text(optionKey(question, value), locale);
            case DATE -> DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(LocalDate.parse(value));
            case MONEY -> money(question, answers, locale);
            case POSTCODE -> postcode(value, answers, locale);
            case NUMBER, TEXT -> value;
            case PLACE -> placeName(question, value, locale);
        };
    }

    /** The postcode with the council it gave, where it gave one, so that a wrong match can be seen and changed. */
    private String postcode(String value, KioskAnswers answers, Locale locale) {
        List<org.triagegateway.location.Council> councils = places.councils(answers);
        return councils.size() == 1 ? text("q.postcode.withCouncil", locale, value, councils.get(0).name()) : value;
    }

    /** A council by its name; a rental area as "the Luton area", since its name is a town's. */
    private String placeName(Question question, String value, Locale locale) {
        return question.id().equals(KioskJourney.COUNCIL) ? places.councilName(value)
                : text("q.rentalArea.option", locale, places.rentalAreaName(value));
    }

    private String money(Question question, KioskAnswers answers, Locale locale) {
        String amount = Pounds.gbp(new BigDecimal(answers.get(question.id()).orElseThrow()));
        return answers.get(question.id() + Question.FREQUENCY)
                .map(f -> text("money.per." + f, locale, amount))
                .orElse(amount);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.text(key, locale, args);
    }

    /** Either the page again with its errors, or where to go next. */
    record Outcome(@Nullable QuestionPage page, Optional<String> next) {
    }
}
