package org.triagegateway.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
                    problems.add(RULES.relativize(drl) + ":" + (i + 1) + " number '" + number.group() + "' in a rule: " + line.strip());
                }
                if (POUNDS_IN_TEXT.matcher(line).find()) {
                    problems.add(RULES.relativize(drl) + ":" + (i + 1) + " an amount in pounds written into text: " + line.strip());
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
                    problems.add(RULES.relativize(drl) + ":" + (i + 1) + ": " + lines.get(i).strip());
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
                    missing.add(RULES.relativize(drl) + ": " + key.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A benefit's rules are one file, {@code <id>.drl}, or a folder {@code <id>/} of files by topic (ADR 0004). */
    @Test
    void everyAssessedBenefitHasOneNameInThreePlaces() {
        BenefitRegistry registry = BenefitRegistry.load(RULES.resolve("benefits.yaml"));
        List<Path> drlFiles = RuleBase.drlFiles(RULES);
        for (Benefit benefit : registry.benefits()) {
            if (benefit.assessed()) {
                boolean oneFile = Files.isRegularFile(RULES.resolve(benefit.id() + ".drl"));
                boolean folder = drlFiles.stream().anyMatch(f -> f.getParent().equals(RULES.resolve(benefit.id())));
                assertThat(oneFile || folder).as(benefit.id() + ": a rule file or a folder of rule files").isTrue();
                assertThat(oneFile && folder).as(benefit.id() + ": a rule file and a folder of them both").isFalse();
                assertThat(RULES.resolve("parameters").resolve(benefit.id())).as("parameter folder").isDirectory();
                assertThat(RULES.resolve("cases").resolve(benefit.id())).as("cases folder").isDirectory();
            }
        }
    }

    /**
     * A benefit whose rules are a folder of files keeps its worked cases in folders named after those
     * files: {@code cases/universal_credit/housing_costs/} for {@code universal_credit/housing_costs.drl}.
     */
    @Test
    void theWorkedCasesOfAFolderOfRulesAreFiledByItsFiles() throws IOException {
        Map<Path, List<String>> topics = new TreeMap<>();
        for (Path drl : RuleBase.drlFiles(RULES)) {
            Path inside = RULES.relativize(drl);
            if (inside.getNameCount() == 2) {
                topics.computeIfAbsent(inside.getName(0), b -> new ArrayList<>())
                        .add(inside.getFileName().toString().replaceFirst("\\.drl$", ""));
            }
        }
        assertThat(topics).as("benefits with a folder of rule files").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, List<String>> benefit : topics.entrySet()) {
            Path cases = RULES.resolve("cases").resolve(benefit.getKey());
            try (Stream<Path> files = Files.walk(cases)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    Path inside = cases.relativize(file);
                    if (inside.getNameCount() != 2 || !benefit.getValue().contains(inside.getName(0).toString())) {
                        problems.add(RULES.relativize(file) + ": not in a folder named after one of "
                                + benefit.getKey() + "/*.drl " + benefit.getValue());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Every file's package is named after its benefit: {@code triage.<id>} for {@code <id>.drl} and for
     * each file in the folder {@code <id>/}. The files of a folder share one package, so a type or
     * function declared in one is seen by the others.
     */
    @Test
    void everyDrlFileIsInThePackageOfItsBenefit() throws IOException {
        Pattern packageLine = Pattern.compile("(?m)^package ([\\w.]+);");
        List<String> problems = new ArrayList<>();
        for (Path drl : RuleBase.drlFiles(RULES)) {
            Path inside = RULES.relativize(drl);
            String benefit = inside.getNameCount() == 1
                    ? inside.getFileName().toString().replaceFirst("\\.drl$", "")
                    : inside.getName(0).toString();
            Matcher declared = packageLine.matcher(Files.readString(drl));
            if (!declared.find() || !declared.group(1).equals("triage." + benefit)) {
                problems.add(inside + ": not in package triage." + benefit);
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Rule names are unique in the whole rule base, not only in a package (where Drools refuses a
     * second rule of the same name at compile time, whichever file it is in): a name finds one rule.
     */
    @Test
    void everyRuleNameIsUnique() throws IOException {
        Pattern ruleLine = Pattern.compile("(?m)^rule \"((?:[^\"\\\\]|\\\\.)*)\"");
        Map<String, List<String>> files = new TreeMap<>();
        for (Path drl : RuleBase.drlFiles(RULES)) {
            Matcher rule = ruleLine.matcher(Files.readString(drl));
            while (rule.find()) {
                files.computeIfAbsent(rule.group(1), name -> new ArrayList<>()).add(RULES.relativize(drl).toString());
            }
        }
        assertThat(files).as("rules").hasSizeGreaterThan(100);
        assertThat(files).as("rule names in more than one place").allSatisfy((name, where) -> assertThat(where).hasSize(1));
    }

    @Test
    void theLoaderReadsTheDrlFilesOfEveryFolder(@TempDir Path rules) throws IOException {
        for (String file : List.of("b.drl", "a/common.drl", "a/z.drl", "c/common.drl", "c/deeper/d.drl", "a/README.md", "e.yaml")) {
            Files.createDirectories(rules.resolve(file).getParent());
            Files.writeString(rules.resolve(file), "");
        }
        assertThat(RuleBase.drlFiles(rules)).map(f -> RuleBase.relativeName(rules, f))
                .containsExactly("a/common.drl", "a/z.drl", "b.drl", "c/common.drl", "c/deeper/d.drl");
    }

    /** The line without its comment and without the text inside string literals. */
    static String codeOnly(String line) {
        String withoutStrings = line.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"");
        int comment = withoutStrings.indexOf("//");
        return comment >= 0 ? withoutStrings.substring(0, comment) : withoutStrings;
    }
}
