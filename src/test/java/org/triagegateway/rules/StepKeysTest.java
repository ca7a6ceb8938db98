package org.triagegateway.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triagegateway.household.Household;
import org.triagegateway.rules.BenefitResult.Explanation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step's key comes from the rule that made it, never from its sentence, and the working reads by stage,
 * then by the place of each rule in the rule base (ADR 0007). The rules are compared with a copy of
 * themselves in which sentences are reworded and two rules of one file change places.
 */
class StepKeysTest {

    private static final LocalDate DATE = LocalDate.of(2026, 6, 1);
    private static final String JSA_RULE =
            "Jobseekers Act 1995 s.4(1); JSA Regs 2013 regs 49 to 51: the personal rate less earnings and pension";
    private static final String LHA_RULE =
            "Rent Officers (UC Functions) Order 2013 art 4: the Local Housing Allowance for the area and category, from our data";
    private static final String LOWER_RULE =
            "UC Regs 2013 Sch 4 para 22: a private renter's housing costs are the lower of the rent and the Local Housing Allowance";

    /** Weekly work of 10 hours for £40. */
    private static final String SOME_WORK = """
            [{"kind": "EMPLOYED", "frequency": "WEEKLY", "gross": 40.00, "takeHome": 40.00, "hoursPerWeek": 10}]""";

    /** A jobseeker of 30 with a pension (and with {@code earnings}), renting privately in Luton with service charges. */
    private static Household jobseeker(String earnings) throws Exception {
        return TestRules.household("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1996-01-15", "recentNationalInsurance": true,
                             "earnings": %s,
                             "otherIncome": [{"type": "PRIVATE_PENSION", "frequency": "MONTHLY", "amount": 300.00}]}],
                 "housing": {"tenure": "PRIVATE_RENT", "rent": 800.00, "rentFrequency": "MONTHLY", "serviceCharges": 20.00,
                             "rentalArea": "luton", "council": "Luton"}}
                """.formatted(earnings));
    }

    static RulesEngine reworded;

    @BeforeAll
    static void rewordAndReorderACopyOfTheRules(@TempDir Path copy) throws IOException {
        Path rules = Path.of("rules");
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(rules.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        replace(copy.resolve("universal_credit/standard_allowance.drl"), "\"Standard allowance for \"", "\"The standard allowance for \"");
        replace(copy.resolve("new_style_jsa.drl"), "\"Earnings above \"", "\"Take-home pay above \"");
        Path privateRent = copy.resolve("universal_credit/housing_costs_private_rent.drl");
        String drl = Files.readString(privateRent);
        String lha = rule(drl, LHA_RULE);
        String lower = rule(drl, LOWER_RULE);
        Files.writeString(privateRent, drl.replace(lower, "@@LOWER@@").replace(lha, lower).replace("@@LOWER@@", lha));
        reworded = new RulesEngine(RuleBase.load(copy));
    }

    @Test
    void rewordingAStepKeepsItsKey() throws Exception {
        Household household = jobseeker(SOME_WORK);
        List<Explanation> before = steps(TestRules.ENGINE, household, "universal_credit");
        List<Explanation> after = steps(reworded, household, "universal_credit");
        assertThat(texts(before)).anyMatch(t -> t.startsWith("Standard allowance for ")).noneMatch(t -> t.startsWith("The standard"));
        assertThat(texts(after)).anyMatch(t -> t.startsWith("The standard allowance for "));
        assertThat(key(after, "The standard allowance for ")).isEqualTo(key(before, "Standard allowance for "))
                .isEqualTo("UC Regs 2013 reg 36: the standard allowance is part of the maximum amount");

        // A step one firing makes beside others keeps the name its rule gives it.
        List<Explanation> jsaBefore = steps(TestRules.ENGINE, household, "new_style_jsa");
        List<Explanation> jsaAfter = steps(reworded, household, "new_style_jsa");
        assertThat(key(jsaAfter, "Take-home pay above ")).isEqualTo(key(jsaBefore, "Earnings above "))
                .isEqualTo(JSA_RULE + " @claimant #earnings");
        assertThat(keys(jsaAfter)).isEqualTo(keys(jsaBefore));
    }

    @Test
    void aStepKeepsItsKeyWhenAnotherStepOfTheSameFiringIsAbsent() throws Exception {
        List<Explanation> withEarnings = steps(TestRules.ENGINE, jobseeker(SOME_WORK), "new_style_jsa");
        List<Explanation> pensionOnly = steps(TestRules.ENGINE, jobseeker("[]"), "new_style_jsa");

        assertThat(keys(withEarnings)).containsExactly(JSA_RULE + " @claimant", JSA_RULE + " @claimant #earnings",
                JSA_RULE + " @claimant #pension", JSA_RULE + " @claimant #note");
        assertThat(keys(pensionOnly)).containsExactly(JSA_RULE + " @claimant", JSA_RULE + " @claimant #pension",
                JSA_RULE + " @claimant #note");
        assertThat(key(pensionOnly, "Pension above ")).isEqualTo(key(withEarnings, "Pension above "));
    }

    @Test
    void theWorkingReadsByStageThenByThePlaceOfTheRuleInTheRuleBase() throws Exception {
        Household household = jobseeker(SOME_WORK);
        // In the rules as written the Local Housing Allowance comes before the lower of it and the rent; in the copy
        // the two rules change places and so do their steps, although neither key nor text changed.
        assertThat(keys(steps(TestRules.ENGINE, household, "universal_credit")))
                .containsSubsequence(LHA_RULE, LOWER_RULE);
        assertThat(keys(steps(reworded, household, "universal_credit")))
                .containsSubsequence(LOWER_RULE, LHA_RULE);

        // The service charges are left out by a rule in housing_costs.drl, before the private-rent rules, but
        // their step is NOT_ASSESSED, the last stage: the stage comes first.
        List<Explanation> steps = steps(TestRules.ENGINE, household, "universal_credit");
        assertThat(keys(steps)).containsSubsequence(LHA_RULE, LOWER_RULE,
                "UC Regs 2013 Sch 4 para 7: rent as a monthly figure #service charges");
        assertThat(steps).extracting(Explanation::stage).isSorted();
    }

    private static List<Explanation> steps(RulesEngine engine, Household household, String benefit) {
        return engine.evaluate(household, DATE).benefit(benefit).steps();
    }

    private static List<String> keys(List<Explanation> steps) {
        return steps.stream().map(Explanation::key).toList();
    }

    private static List<String> texts(List<Explanation> steps) {
        return steps.stream().map(Explanation::text).toList();
    }

    private static String key(List<Explanation> steps, String textStart) {
        List<Explanation> found = steps.stream().filter(s -> s.text().startsWith(textStart)).toList();
        assertThat(found).as("one step starting '" + textStart + "'").hasSize(1);
        return found.get(0).key();
    }

    private static String rule(String drl, String name) {
        Matcher rule = Pattern.compile("(?ms)^rule \"" + Pattern.quote(name) + "\".*?^end$").matcher(drl);
        assertThat(rule.find()).as("rule " + name).isTrue();
        return rule.group();
    }

    private static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            assertThat(text).contains(from);
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
