package org.triagegateway.questions;

import org.junit.jupiter.api.Test;
import org.triagegateway.household.FactPath;
import org.triagegateway.household.Person;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue, the rules and the translations stay in step: a rule that can ask a fact the
 * catalogue cannot ask fails here, and so does a question without its words in any language.
 */
class QuestionCatalogueTest {

    /** insertLogical(new Question("benefit", $person.field("earnings[" + $index + "].gross"), ...) or ("benefit", "housing.rent", ...). */
    private static final Pattern ASKED = Pattern.compile(
            "new Question\\(\\s*\"[^\"]+\",\\s*(?:\\$\\w+\\.field\\(\\s*\"([^\"]*)\"(?:\\s*\\+\\s*\\$\\w+\\s*\\+\\s*\"([^\"]*)\")?\\s*\\)|\"([^\"]+)\")");
    private static final List<String> LANGUAGES = List.of("", "_pl", "_ur");

    private final QuestionCatalogue catalogue = new QuestionCatalogue();

    @Test
    void everyFactARuleCanAskIsInTheCatalogue() throws IOException {
        Set<String> asked = factsTheRulesAsk();
        assertThat(asked).as("the scan finds the rules' questions").hasSizeGreaterThan(30)
                .contains("people[].earnings[].pensionContributions", "housing.postcode", "people[].pregnant");

        assertThat(asked).allSatisfy(fact -> assertThat(catalogue.find(fact)).as(fact).isPresent());
    }

    @Test
    void everyQuestionIsAboutSomethingTheHouseholdRecordHolds() {
        assertThat(catalogue.all()).allSatisfy(q -> assertThat(FactPath.names(q.fact().replace("[]", "")))
                .as(q.fact()).isTrue());
    }

    @Test
    void everyQuestionHasItsWordsForEachPersonItIsAboutInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        Properties english = words("");
        for (CatalogueQuestion question : catalogue.all()) {
            if (!english.containsKey(question.key() + ".staff")) {
                missing.add(question.key() + ".staff");
            }
            List<String> stems = question.people().isEmpty() ? List.of(question.key())
                    : question.people().stream().map(question::key).toList();
            for (String language : LANGUAGES) {
                Properties words = words(language);
                for (String stem : stems) {
                    List<String> needed = new ArrayList<>(List.of(stem + ".title"));
                    if (question.kiosk() == CatalogueQuestion.Kiosk.ASKS) {
                        needed.add(stem + ".error");
                        needed.add(stem + ".summary");
                        question.options().forEach(option -> needed.add(stem + ".option." + option));
                        if (question.min() != null) {
                            needed.add(stem + ".error.range");
                        }
                    }
                    needed.stream().filter(key -> !words.containsKey(key)).forEach(key -> missing.add(key + " (" + language + ")"));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aQuestionTheKioskAsksHasWhatItsPageNeeds() {
        assertThat(catalogue.all()).filteredOn(q -> q.kiosk() == CatalogueQuestion.Kiosk.ASKS).allSatisfy(q -> {
            switch (q.answer()) {
                case NUMBER, WHOLE -> assertThat(q.min() != null && q.max() != null).as(q.fact() + ": its range").isTrue();
                case CHOICE -> assertThat(q.options()).as(q.fact() + ": its choices").isNotEmpty();
                default -> { }
            }
        });
    }

    @Test
    void aQuestionLeftToAnAdviserSaysWhy() {
        assertThat(catalogue.all()).filteredOn(q -> q.kiosk() == CatalogueQuestion.Kiosk.ADVISER)
                .isNotEmpty().allSatisfy(q -> assertThat(q.why()).as(q.fact()).isNotBlank());
    }

    @Test
    void aQuestionIsOnlyEverAboutThePeopleItSuits() {
        CatalogueQuestion pregnant = catalogue.find("people[3].pregnant").orElseThrow();

        assertThat(pregnant.about(Person.Role.PARTNER)).isTrue();
        assertThat(pregnant.about(Person.Role.CHILD)).isFalse();
        assertThat(catalogue.find("housing.selfContained").orElseThrow().about(null)).isTrue();
        assertThat(catalogue.find("people[0].nationalInsuranceNumber")).isEmpty();
    }

    static Set<String> factsTheRulesAsk() throws IOException {
        Set<String> facts = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = ASKED.matcher(Files.readString(drl));
                while (m.find()) {
                    facts.add(m.group(3) != null ? m.group(3)
                            : "people[]." + m.group(1) + (m.group(2) == null ? "" : "]" + m.group(2).substring(1)));
                }
            }
        }
        return facts;
    }

    private static Properties words(String language) {
        Properties words = new Properties();
        try (InputStream in = QuestionCatalogueTest.class.getResourceAsStream("/i18n/questions" + language + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
