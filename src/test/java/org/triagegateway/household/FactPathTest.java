package org.triagegateway.household;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.triagegateway.rules.BenefitResult;
import org.triagegateway.rules.RuleBase;
import org.triagegateway.rules.RulesEngine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactPathTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    private static final String HOUSEHOLD = """
            {"people": [
              {"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1990-01-01",
               "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "gross": 1000.00}]},
              {"id": "child1", "role": "CHILD", "dateOfBirth": "2019-02-02"}]}""";

    @Test
    void aPathIsOnlyWhatTheRecordsTypesHave() {
        FactPath terminal = FactPath.parse("people[1].disability.terminallyIll").orElseThrow();
        assertThat(terminal.type()).isEqualTo(Boolean.class);
        assertThat(terminal.owner()).isEqualTo(Disability.class);
        assertThat(terminal.personIndex()).isEqualTo(1);
        assertThat(FactPath.parse("housing.rent").orElseThrow().money()).isTrue();
        assertThat(FactPath.parse("housing.tenure").orElseThrow().required()).isTrue();
        assertThat(FactPath.parse("housing.rent").orElseThrow().required()).isFalse();
        assertThat(FactPath.parse("housing").orElseThrow().type()).isEqualTo(Housing.class);
        assertThat(FactPath.parse("people[0].earnings[0].hoursPerWeek").orElseThrow().type()).isEqualTo(BigDecimal.class);

        assertThat(FactPath.parse("people")).as("a list is not a value").isEmpty();
        assertThat(FactPath.parse("people.name")).as("a list needs its index").isEmpty();
        assertThat(FactPath.parse("housing[0].rent")).isEmpty();
        assertThat(FactPath.parse("people[0].password")).isEmpty();
        assertThat(FactPath.parse("people[0].name.length")).isEmpty();
        assertThat(FactPath.parse("people[0].getClass")).isEmpty();
        assertThat(FactPath.parse("")).isEmpty();
        assertThat(FactPath.parse(null)).isEmpty();
    }

    @Test
    void aFieldNameComesBackAsTheSamePath() {
        FactPath path = FactPath.parse("people[12].earnings[3].gross").orElseThrow();
        assertThat(path.fieldName()).isEqualTo("people-12-earnings-3-gross").matches("[A-Za-z0-9-]+");
        assertThat(FactPath.ofFieldName(path.fieldName())).contains(path);
        assertThat(FactPath.ofFieldName("housing-rent").orElseThrow()).hasToString("housing.rent");
    }

    @Test
    void writingMakesTheRecordsOnTheWayButNeverAPersonOrJob() throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(HOUSEHOLD);
        FactPath terminal = FactPath.parse("people[1].disability.terminallyIll").orElseThrow();
        assertThat(terminal.read(tree)).isEmpty();
        terminal.write(tree, BooleanNode.TRUE);
        assertThat(terminal.read(tree)).contains(BooleanNode.TRUE);
        FactPath hours = FactPath.parse("people[0].earnings[0].hoursPerWeek").orElseThrow();
        hours.write(tree, DecimalNode.valueOf(new BigDecimal("16.5")));
        Household household = JSON.treeToValue(tree, Household.class);
        assertThat(household.people().get(1).disability().terminallyIll()).isTrue();
        assertThat(household.people().get(0).earnings().get(0).hoursPerWeek()).isEqualByComparingTo("16.5");

        FactPath third = FactPath.parse("people[2].pregnant").orElseThrow();
        assertThat(third.existsIn(tree)).isFalse();
        assertThatThrownBy(() -> third.write(tree, BooleanNode.TRUE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FactPath.parse("people[0].earnings[1].gross").orElseThrow().existsIn(tree)).isFalse();
        FactPath council = FactPath.parse("housing.council").orElseThrow();
        assertThat(council.existsIn(tree)).as("housing may be made").isTrue();
        council.write(tree, TextNode.valueOf("Luton"));
        assertThat(tree.path("housing").path("council").asText()).isEqualTo("Luton");
    }

    @Test
    void aRecordIsAskedAsTheValuesItCannotBeWithout() {
        assertThat(FactPath.parse("housing").orElseThrow().requiredValues()).extracting(FactPath::toString)
                .containsExactly("housing.tenure");
        assertThat(FactPath.parse("childcare").orElseThrow().requiredValues()).extracting(FactPath::toString)
                .containsExactly("childcare.cost", "childcare.frequency");
    }

    @Test
    void theValuesOfAHouseholdAreEveryPersonsJobsAndTheHome() throws IOException {
        JsonNode tree = JSON.readTree(HOUSEHOLD);
        List<String> values = FactPath.valuesOf(tree).stream().map(FactPath::toString).toList();
        assertThat(values).contains("people[0].name", "people[0].disability.terminallyIll", "people[0].earnings[0].gross",
                        "people[1].dateOfBirth", "housing.tenure", "housing.rent", "childcare.cost")
                .doesNotContain("people[0].id", "people[0].role", "people[1].earnings[0].gross", "people[2].name")
                .doesNotHaveDuplicates();
        assertThat(values).allSatisfy(v -> assertThat(FactPath.parse(v)).isPresent());
    }

    /** Whatever the rules ask for in the worked cases, the staff pages can ask it: the path is in the record. */
    @Test
    void everyFactTheRulesAskForIsAPathInTheRecord() throws IOException {
        RulesEngine engine = new RulesEngine(RuleBase.load(Path.of("rules")));
        TreeSet<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("rules", "cases"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                JsonNode spec = YAML.readTree(file.toFile());
                if (!spec.has("household")) {
                    continue;
                }
                Household household = YAML.treeToValue(spec.path("household"), Household.class);
                String date = spec.path("assessment_date").asText("2026-06-01");
                for (BenefitResult result : engine.evaluate(household, LocalDate.parse(date)).benefits()) {
                    result.questions().forEach(q -> asked.add(q.fact()));
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(15);
        assertThat(asked).allSatisfy(fact -> assertThat(FactPath.parse(fact)).as(fact).isPresent());
    }
}
