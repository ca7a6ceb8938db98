package org.triagegateway.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.inject.Singleton;
import org.triagegateway.household.Household;
import org.triagegateway.household.Person;
import org.triagegateway.kiosk.Question.Kind;
import org.triagegateway.questions.CatalogueQuestion;
import org.triagegateway.questions.FactToAsk;
import org.triagegateway.questions.QuestionCatalogue;
import org.triagegateway.rules.RulesEngine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questions after the fixed core: exactly those the rules still need for this household that
 * the catalogue lets the kiosk ask, one a page, until nothing a person here could answer is open.
 * Each answer is kept under the fact's key, naming the person by their id so that it stays theirs
 * when someone is added before them: {@code fact-partner-pregnant},
 * {@code fact-claimant-earnings-0-pensionContributions}, {@code fact-housing-selfContained}.
 */
@Singleton
class KioskFollowUps {

    static final String PREFIX = "fact-";
    private static final String PEOPLE = "people-";
    /** More rounds than any chain of questions the rules have (an answer opening a question that opens another). */
    private static final int MOST_ROUNDS = 10;

    private final QuestionCatalogue catalogue;
    private final RulesEngine rules;
    private final ObjectMapper json;

    KioskFollowUps(QuestionCatalogue catalogue, RulesEngine rules, ObjectMapper json) {
        this.catalogue = catalogue;
        this.rules = rules;
        this.json = json;
    }

    static boolean isFollowUp(String field) {
        return field.startsWith(PREFIX);
    }

    /**
     * The follow-up questions of a household whose core is answered: those answered already, and
     * those the rules ask now, in the catalogue's order.
     */
    List<Question> questions(KioskAnswers answers, Household core, LocalDate today) {
        Replay replay = replay(answers, core, today);
        List<FactToAsk> all = new ArrayList<>(replay.answered());
        all.addAll(replay.pending());
        return all.stream()
                .sorted(Comparator.comparingInt((FactToAsk ask) -> catalogue.position(ask.question()))
                        .thenComparingInt(ask -> ask.path().personIndex()))
                .map(this::question)
                .toList();
    }

    /** The household with the follow-up answers the rules asked for written in; "I do not know" leaves the fact empty. */
    Household withAnswers(Household core, KioskAnswers answers, LocalDate today) {
        return replay(answers, core, today).household();
    }

    /**
     * The answers the rules asked for, in the order they asked, and what they still ask. An answer is
     * used only where the rules ask its question of the household as it stands: an answer kept from
     * before a change (how many children the childcare is for, when there is no childcare now) is
     * never written into a record it no longer fits, and goes with the next answer saved.
     *
     * @param answered the facts asked and answered (or "I do not know")
     * @param pending  the facts the rules ask now that nobody has answered
     */
    record Replay(Household household, List<FactToAsk> answered, List<FactToAsk> pending) {
    }

    private Replay replay(KioskAnswers answers, Household core, LocalDate today) {
        Household household = core;
        Map<String, FactToAsk> answered = new LinkedHashMap<>();
        // each round writes what the rules newly ask and has an answer; a fact is written once, so it ends
        for (int round = 0; ; round++) {
            List<FactToAsk> asked = askable(household, today);
            List<FactToAsk> fresh = asked.stream()
                    .filter(ask -> answers.has(key(ask)) && !answered.containsKey(key(ask))).toList();
            if (fresh.isEmpty() || round == MOST_ROUNDS) {
                List<FactToAsk> pending = asked.stream().filter(ask -> !answers.has(key(ask))).toList();
                return new Replay(household, List.copyOf(answered.values()), pending);
            }
            fresh.forEach(ask -> answered.put(key(ask), ask));
            household = written(household, fresh, answers);
        }
    }

    /** What the rules ask of this household that the kiosk may ask a person here. */
    private List<FactToAsk> askable(Household household, LocalDate today) {
        return catalogue.stillToAsk(household, rules.evaluate(household, today).benefits()).stream()
                .filter(ask -> ask.question().kiosk() == CatalogueQuestion.Kiosk.ASKS && kind(ask.question()).isPresent())
                .toList();
    }

    private Household written(Household household, List<FactToAsk> asks, KioskAnswers answers) {
        ObjectNode tree = json.valueToTree(household);
        for (FactToAsk ask : asks) {
            answers.known(key(ask)).ifPresent(value -> ask.path().write(tree, value(ask.question(), value)));
        }
        try {
            return json.treeToValue(tree, Household.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A follow-up answer does not fit the household", e);
        }
    }

    static String key(FactToAsk ask) {
        String field = ask.path().fieldName();
        if (ask.person() == null) {
            return PREFIX + field;
        }
        String rest = field.substring(field.indexOf('-', PEOPLE.length()));
        return PREFIX + ask.person().id() + rest;
    }

    private Question question(FactToAsk ask) {
        CatalogueQuestion asked = ask.question();
        Kind kind = kind(asked).orElseThrow();
        BigDecimal min = asked.min() == null ? null : asked.answer() == CatalogueQuestion.Answer.NUMBER
                ? asked.min().setScale(1) : asked.min().setScale(0);
        BigDecimal max = kind == Kind.MONEY ? KioskJourney.MOST_MONEY : asked.max();
        return new Question(key(ask), kind, ask.key(), arguments(ask.person()), asked.options(), min, max, true, a -> true);
    }

    /**
     * A child or another adult is named by their number among the children or the other adults and
     * their date of birth: "child 2 (born 14 June 2017)", "adult 1 (born 3 March 1996)".
     */
    static List<Object> arguments(Person person) {
        if (person == null || !(person.role() == Person.Role.CHILD || person.role() == Person.Role.OTHER_ADULT)) {
            return List.of();
        }
        String prefix = person.role() == Person.Role.CHILD ? KioskHousehold.CHILD_ID : KioskHousehold.ADULT_ID;
        return List.of(person.id().substring(prefix.length()), person.dateOfBirth());
    }

    /** How the kiosk asks an answer of this kind; a kind it has no page for is left to an adviser. */
    private static Optional<Kind> kind(CatalogueQuestion question) {
        return switch (question.answer()) {
            case YES_NO -> Optional.of(Kind.YES_NO);
            case CHOICE -> Optional.of(Kind.CHOICE);
            case MONEY -> Optional.of(Kind.MONEY);
            case NUMBER, WHOLE -> Optional.of(Kind.NUMBER);
            default -> Optional.empty();
        };
    }

    private static JsonNode value(CatalogueQuestion question, String answer) {
        return switch (question.answer()) {
            case YES_NO -> BooleanNode.valueOf(KioskAnswers.YES.equals(answer));
            case MONEY, NUMBER -> DecimalNode.valueOf(new BigDecimal(answer));
            case WHOLE -> IntNode.valueOf(Integer.parseInt(answer));
            default -> TextNode.valueOf(answer);
        };
    }
}
