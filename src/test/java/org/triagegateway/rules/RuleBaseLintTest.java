package org.triagegateway.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The law's own code health: every figure sourced, no figure in a rule, one name in three places. */
class RuleBaseLintTest {

    static final Path RULES = Path.of("rules");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** A number in code other than 0 and 1 (counting), or any percentage. */
    static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])(?!(?:0|1)(?![\\d.]))\\d+(?:\\.\\d+)?%?|\\d+%");
    static final Pattern POUNDS_IN_TEXT = Pattern.compile("£\\s*\\d");
    static final Pattern PARAMETER_KEY = Pattern.compile("parameters\\.\\w+\\(\"([a-z0-9_.]+)\"\\)");

    @Test
    void everyParameterFileDescribesItselfAndEveryValueHasASource() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String root : Parameters.ROOTS) {
            Path folder = RULES.resolve(root);
            for (Path file : Parameters.yamlFiles(folder)) {
                problems.addAll(problemsOf(RULES.relativize(file), YAML.readTree(file.toFile())));
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> problemsOf(Path file, JsonNode root) {
        List<String> problems = new ArrayList<>();
        for (String key : List.of("description", "unit", "period")) {
            if (root.path(key).asText().isBlank()) {
                problems.add(file + ": no " + key);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("values").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> dated = it.next();
            JsonNode reference = dated.getValue().path("reference");
            if (reference.path("title").asText().isBlank() || !reference.path("href").asText().startsWith("https://")) {
                problems.add(file + " " + dated.getKey() + ": value without a reference title and https href");
            }
            if (dated.getValue().path("verified_on").asText().isBlank()) {
                problems.add(file + " " + dated.getKey() + ": no verified_on");
            }
        }
        return problems;
    }

    @Test
    void noDrlFileHoldsAnAmountRateOrThreshold() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path drl : RuleBase.drlFiles(RULES)) {
            List<String> lines = Files.readAllLines(drl);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String code = codeOnly(line);
                Matcher number = NUMBER.matcher(code);
                if (number.find()) {
                    problems.add(drl.getFileName() + ":" + (i + 1) + " number '" + number.group() + "' in a rule: " + line.strip());
                }
                if (POUNDS_IN_TEXT.matcher(line).find()) {
                    problems.add(drl.getFileName() + ":" + (i + 1) + " an amount in pounds written into text: " + line.strip());
                }
            }
        }
        assertThat(problems).as("figures belong in rules/parameters/ with their source").isEmpty();
    }

    /**
     * RulesEngine.evaluateEach changes a household's facts in a running session and relies on truth
     * maintenance to withdraw what followed from the old ones: a plain insert, a modify or a delete
     * in a rule would leave stale conclusions behind.
     */
    @Test
    void rulesOnlyInsertLogically() throws IOException {
        Pattern changesFactsDirectly = Pattern.compile("(?<![A-Za-z])(insert|modify|update|delete|retract)\\s*\\(");
        List<String> problems = new ArrayList<>();
        for (Path drl : RuleBase.drlFiles(RULES)) {
            List<String> lines = Files.readAllLines(drl);
            for (int i = 0; i < lines.size(); i++) {
                if (changesFactsDirectly.matcher(codeOnly(lines.get(i))).find()) {
                    problems.add(drl.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(problems).as("rules change facts only through insertLogical").isEmpty();
        assertThat(changesFactsDirectly.matcher("insert(new Step(...))").find()).isTrue();
        assertThat(changesFactsDirectly.matcher("insertLogical(new Step(...))").find()).isFalse();
    }

    @Test
    void theLintFindsTheFiguresItIsMeantToFind() {
        assertThat(NUMBER.matcher(codeOnly("amount > 16000")).find()).isTrue();
        assertThat(NUMBER.matcher(codeOnly("$earned * 0.55")).find()).isTrue();
        assertThat(NUMBER.matcher(codeOnly("age < 25")).find()).isTrue();
        assertThat(NUMBER.matcher(codeOnly("$older.intValue() + 1")).find()).isFalse();
        assertThat(NUMBER.matcher(codeOnly("\"born before 6 April 2017\" // reg 24A(1)")).find()).isFalse();
        assertThat(POUNDS_IN_TEXT.matcher("\"a work allowance of £411\"").find()).isTrue();
    }

    @Test
    void everyParameterARuleNamesExists() throws IOException {
        Parameters parameters = Parameters.load(RULES);
        List<String> missing = new ArrayList<>();
        for (Path drl : RuleBase.drlFiles(RULES)) {
            Matcher key = PARAMETER_KEY.matcher(Files.readString(drl));
            while (key.find()) {
                if (!parameters.defines(key.group(1))) {
                    missing.add(drl.getFileName() + ": " + key.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyAssessedBenefitHasOneNameInThreePlaces() {
        BenefitRegistry registry = BenefitRegistry.load(RULES.resolve("benefits.yaml"));
        for (Benefit benefit : registry.benefits()) {
            if (benefit.assessed()) {
                assertThat(RULES.resolve(benefit.id() + ".drl")).as("rule file").isRegularFile();
                assertThat(RULES.resolve("parameters").resolve(benefit.id())).as("parameter folder").isDirectory();
                assertThat(RULES.resolve("cases").resolve(benefit.id())).as("cases folder").isDirectory();
            }
        }
    }

    /** The line without its comment and without the text inside string literals. */
    static String codeOnly(String line) {
        String withoutStrings = line.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"");
        int comment = withoutStrings.indexOf("//");
        return comment >= 0 ? withoutStrings.substring(0, comment) : withoutStrings;
    }
}
