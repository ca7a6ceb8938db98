package org.triagegateway.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triagegateway.household.Household;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every worked case in {@code rules/cases/} and the folders below it (a benefit split by topic
 * has a folder of cases for each rule file): a household, a date, and each expected final and
 * intermediate figure with its source. Zero tolerance: figures must agree to the penny. An
 * intermediate figure names its step by key, never by the step's text (ADR 0007).
 */
class WorkedCasesTest {

    static final Path RULES = Path.of("rules");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(RuleBase.load(RULES));
    }

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.walk(RULES.resolve("cases"))) {
            // Sweeps have their own runner: BetterOffCasesTest.
            List<Path> found = files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.startsWith(RULES.resolve("cases").resolve("better_off"))).sorted().toList();
            assertThat(found).as("worked cases under rules/cases").isNotEmpty();
            return found.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseHolds(Path file) throws IOException {
        JsonNode spec = YAML.readTree(file.toFile());
        assertThat(spec.path("name").asText()).as("every case has a sentence for a name").isNotBlank();
        Household household = YAML.treeToValue(spec.path("household"), Household.class);
        LocalDate date = LocalDate.parse(spec.path("assessment_date").asText());

        Evaluation evaluation = engine.evaluate(household, date);

        // Every benefit, not only those the case checks, reaches exactly one decision.
        assertThat(evaluation.benefits())
                .as(file + ": benefits without exactly one decision")
                .filteredOn(result -> result.reasons().stream().anyMatch(reason -> reason.contains("instead of one")))
                .extracting(BenefitResult::benefit)
                .isEmpty();
        // Every step of every benefit has a key of its own (ADR 0007): two alike mean a rule that fires more
        // than once without saying for whom ($id), or a firing with two steps and no name for the second.
        for (BenefitResult result : evaluation.benefits()) {
            assertThat(result.steps()).extracting(BenefitResult.Explanation::key)
                    .as(file + " / " + result.benefit() + ": step keys\n" + explain(result))
                    .doesNotContainNull()
                    .doesNotHaveDuplicates();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("expected").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> expected = it.next();
            check(evaluation.benefit(expected.getKey()), expected.getValue(), file);
        }
    }

    private static void check(BenefitResult result, JsonNode expected, Path file) {
        String where = file + " / " + result.benefit();
        assertThat(result.status().name()).as(where + " status\n" + explain(result)).isEqualTo(expected.path("status").asText());
        if (expected.has("amount")) {
            assertThat(expected.path("amount_source").asText()).as(where + ": amount_source").isNotBlank();
            if (expected.path("amount").isNull()) {
                assertThat(result.amount()).as(where + " amount\n" + explain(result)).isNull();
            } else {
                assertThat(result.amount()).as(where + " amount\n" + explain(result))
                        .isEqualByComparingTo(new BigDecimal(expected.path("amount").asText()));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("figures").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> figure = it.next();
            assertThat(figure.getValue().path("source").asText()).as(where + ": source of " + figure.getKey()).isNotBlank();
            List<BenefitResult.Explanation> matching = result.steps().stream()
                    .filter(s -> figure.getKey().equals(s.key())).toList();
            assertThat(matching).as(where + ": one step with the key '" + figure.getKey() + "'\n" + explain(result)).hasSize(1);
            if (figure.getValue().path("amount").isNull()) {
                assertThat(matching.get(0).amount()).as(where + ": " + figure.getKey() + " has no amount").isNull();
            } else {
                assertThat(matching.get(0).amount()).as(where + ": " + figure.getKey() + "\n" + explain(result))
                        .isEqualByComparingTo(new BigDecimal(figure.getValue().path("amount").asText()));
            }
        }
        if (expected.has("questions")) {
            List<String> facts = new ArrayList<>();
            expected.path("questions").forEach(q -> facts.add(q.asText()));
            assertThat(result.questions()).extracting(BenefitResult.MissingFact::fact).as(where + " questions")
                    .containsExactlyInAnyOrderElementsOf(facts);
        }
        if (expected.has("reasons")) {
            List<String> reasons = new ArrayList<>();
            expected.path("reasons").forEach(r -> reasons.add(r.asText()));
            assertThat(result.reasons()).as(where + " reasons").containsExactlyInAnyOrderElementsOf(reasons);
        }
    }

    private static String explain(BenefitResult result) {
        StringBuilder text = new StringBuilder();
        result.steps().forEach(s -> text.append("  ").append(s.stage()).append(": ").append(s.text())
                .append(" [").append(s.amount()).append("]\n    key: ").append(s.key()).append('\n'));
        result.questions().forEach(q -> text.append("  ? ").append(q.fact()).append('\n'));
        return text.toString();
    }
}
