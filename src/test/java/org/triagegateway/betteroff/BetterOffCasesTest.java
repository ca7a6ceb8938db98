package org.triagegateway.betteroff;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triagegateway.household.Household;
import org.triagegateway.rules.RuleBase;
import org.triagegateway.rules.RulesEngine;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every sweep case in {@code rules/cases/better_off/}: chosen points to the penny and
 * marginal deduction rates to three decimal places, each against a hand computation.
 */
class BetterOffCasesTest {

    static final Path CASES = Path.of("rules", "cases", "better_off");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Set<String> NOT_FIGURES = Set.of("at", "source");

    static EarningsSweep sweeps;

    @BeforeAll
    static void compileRules() {
        sweeps = new EarningsSweep(new RulesEngine(RuleBase.load(Path.of("rules"))));
    }

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(found).as("sweep cases in " + CASES).hasSizeGreaterThanOrEqualTo(4);
            return found.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseHolds(Path file) throws IOException {
        JsonNode spec = YAML.readTree(file.toFile());
        assertThat(spec.path("name").asText()).as("every case has a sentence for a name").isNotBlank();
        SweepRequest request = YAML.treeToValue(spec.path("sweep"), SweepRequest.class);
        BetterOff sweep = sweeps.sweep(YAML.treeToValue(spec.path("household"), Household.class), request,
                LocalDate.parse(spec.path("assessment_date").asText()));
        boolean byMonth = request.byMonth();
        List<SweepPoint> points = sweep.points();

        for (JsonNode expected : spec.path("expected").path("points")) {
            int index = indexAt(points, byMonth, expected.path("at"), file);
            String where = file.getFileName() + " at " + expected.path("at").asText();
            assertThat(expected.path("source").asText()).as(where + ": source").isNotBlank();
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> figure = it.next();
                if (!NOT_FIGURES.contains(figure.getKey())) {
                    assertThat(figure(points.get(index), figure.getKey())).as(where + ": " + figure.getKey() + "\n" + points.get(index))
                            .isEqualByComparingTo(new BigDecimal(figure.getValue().asText()));
                }
            }
        }
        for (JsonNode expected : spec.path("expected").path("marginal_rates")) {
            String where = file.getFileName() + " from " + expected.path("from").asText() + " to " + expected.path("to").asText();
            assertThat(expected.path("source").asText()).as(where + ": source").isNotBlank();
            MarginalRate rate = MarginalRate.between(points, indexAt(points, byMonth, expected.path("from"), file),
                    indexAt(points, byMonth, expected.path("to"), file));
            assertThat(threePlaces(rate.rate())).as(where + ": rate " + rate)
                    .isEqualByComparingTo(new BigDecimal(expected.path("rate").asText()));
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("shares").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> share = it.next();
                assertThat(threePlaces(rate.shares().getOrDefault(share.getKey(), BigDecimal.ZERO)))
                        .as(where + ": share of " + share.getKey() + " in " + rate)
                        .isEqualByComparingTo(new BigDecimal(share.getValue().asText()));
            }
        }
    }

    /** The point at a number of hours (a sweep by hours) or at a monthly gross pay (a sweep by month). */
    private static int indexAt(List<SweepPoint> points, boolean byMonth, JsonNode at, Path file) {
        BigDecimal value = new BigDecimal(at.asText());
        return IntStream.range(0, points.size())
                .filter(i -> (byMonth ? points.get(i).grossPay() : points.get(i).hoursPerWeek()).compareTo(value) == 0)
                .findFirst().orElseThrow(() -> new AssertionError(file + ": no point at " + value));
    }

    private static BigDecimal figure(SweepPoint point, String name) {
        return switch (name) {
            case "gross" -> point.grossPay();
            case "net_income" -> point.netIncome();
            case "income_tax" -> point.incomeTax();
            case "national_insurance" -> point.nationalInsurance();
            case MarginalRate.CHARGE -> point.highIncomeChildBenefitCharge();
            default -> {
                BenefitAtPoint benefit = point.benefit(name);
                assertThat(benefit).as("a benefit called " + name).isNotNull();
                yield benefit.countedMonthly();
            }
        };
    }

    private static BigDecimal threePlaces(BigDecimal rate) {
        return rate.setScale(3, RoundingMode.HALF_UP);
    }
}
