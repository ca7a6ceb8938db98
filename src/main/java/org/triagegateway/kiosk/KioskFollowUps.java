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
import org.triagegateway.household.FactPath;
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
        Household household = withAnswers(core, answers);
        Map<String, FactToAsk> asks = new LinkedHashMap<>();
        answered(answers, household).forEach(ask -> asks.put(key(ask), ask));
        catalogue.stillToAsk(household, rules.evaluate(household, today).benefits()).stream()
                .filter(ask -> ask.question().kiosk() == CatalogueQuestion.Kiosk.ASKS && kind(ask.question()).isPresent())
                .forEach(ask -> asks.putIfAbsent(key(ask), ask));
        return asks.values().stream()
                .sorted(Comparator.comparingInt((FactToAsk ask) -> catalogue.position(ask.question()))
                        .thenComparingInt(ask -> ask.path().personIndex()))
                .map(this::question)
                .toList();
    }

    /** The household with every follow-up answer written in; "I do not know" leaves the fact empty. */
    Household withAnswers(Household core, KioskAnswers answers) {
        List<FactToAsk> answered = answered(answers, core);
        if (answered.isEmpty()) {
            return core;
        }
        ObjectNode tree = json.valueToTree(core);
        for (FactToAsk ask : answered) {
            answers.known(key(ask)).ifPresent(value -> ask.path().write(tree, value(ask.question(), value)));
        }
        try {
            return json.treeToValue(tree, Household.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A follow-up answer does not fit the household", e);
        }
    }

    /** The stored follow-up answers whose person (and job) is still in the household and whom the question is for. */
    private List<FactToAsk> answered(KioskAnswers answers, Household household) {
        JsonNode tree = json.valueToTree(household);
        List<FactToAsk> found = new ArrayList<>();
        for (String field : answers.values().keySet()) {
            if (!isFollowUp(field)) {
                continue;
            }
            Optional<FactPath> path = path(field.substring(PREFIX.length()), household);
            Optional<CatalogueQuestion> question = path.flatMap(p -> catalogue.find(p.toString()));
            if (path.isEmpty() || question.isEmpty() || !path.get().existsIn(tree)) {
                continue;
            }
            int index = path.get().personIndex();
            Person person = index < 0 ? null : household.people().get(index);
            if (question.get().about(person == null ? null : person.role())) {
                found.add(new FactToAsk(question.get(), path.get(), person));
            }
        }
        return found;
    }

    /** "partner-pregnant" is the partner's pregnant, wherever the partner is in the list. */
    private static Optional<FactPath> path(String key, Household household) {
        if (key.startsWith("housing-") || key.startsWith("childcare-")) {
            return FactPath.ofFieldName(key);
        }
        int dash = key.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String id = key.substring(0, dash);
        for (int i = 0; i < household.people().size(); i++) {
            if (household.people().get(i).id().equals(id)) {
                return FactPath.ofFieldName(PEOPLE + i + key.substring(dash));
            }
        }
        return Optional.empty();
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

    /** A child is named by their number among the children and their date of birth: "child 2 (born 14 June 2017)". */
    static List<Object> arguments(Person person) {
        if (person == null || person.role() != Person.Role.CHILD) {
            return List.of();
        }
        return List.of(person.id().substring(KioskHousehold.CHILD_ID.length()), person.dateOfBirth());
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
