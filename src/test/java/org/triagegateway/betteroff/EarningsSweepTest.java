package org.triagegateway.betteroff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triagegateway.household.Household;
import org.triagegateway.rules.RuleBase;
import org.triagegateway.rules.RulesEngine;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triagegateway.rules.Pounds.gbp;

class EarningsSweepTest {

    static final LocalDate DATE = LocalDate.of(2026, 6, 1);

    /**
     * A couple with three children (one disabled), the claimant working, renting privately with
     * childcare, a private pension and savings: most of the rule base takes part.
     */
    static final String FAMILY = """
            {"people": [
              {"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1987-03-02", "recentNationalInsurance": true,
               "caresForDisabledPerson": false,
               "earnings": [{"kind": "EMPLOYED", "frequency": "WEEKLY", "gross": 410.00, "pensionContributions": 12.30,
                             "hoursPerWeek": 30}]},
              {"id": "partner", "role": "PARTNER", "dateOfBirth": "1989-07-19", "recentNationalInsurance": false,
               "caresForDisabledPerson": false,
               "otherIncome": [{"type": "PRIVATE_PENSION", "frequency": "MONTHLY", "amount": 85.00}]},
              {"id": "child1", "role": "CHILD", "dateOfBirth": "2014-09-01", "sex": "FEMALE"},
              {"id": "child2", "role": "CHILD", "dateOfBirth": "2018-01-23", "sex": "MALE", "needsExtraBedroom": false,
               "disability": {"benefit": "DLA_CARE_MIDDLE"}},
              {"id": "child3", "role": "CHILD", "dateOfBirth": "2023-05-10", "sex": "FEMALE"}],
             "housing": {"tenure": "PRIVATE_RENT", "rent": 1100.00, "rentFrequency": "MONTHLY", "rentalArea": "ashford",
                         "council": "Ashford", "councilTax": 1900.00, "inGreaterLondon": false},
             "childcare": {"cost": 400.00, "frequency": "MONTHLY", "children": 1},
             "capital": [{"type": "SAVINGS", "amount": 3500.00}]}
            """;

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    static RulesEngine engine;
    static EarningsSweep sweeps;
    static Household family;

    @BeforeAll
    static void compileRules() throws IOException {
        engine = new RulesEngine(RuleBase.load(Path.of("rules")));
        sweeps = new EarningsSweep(engine);
        family = JSON.readValue(FAMILY, Household.class);
    }

    @Test
    void everyPointAgreesToThePennyWithASingleAssessmentOfTheHouseholdAtThatPay() {
        SweepRequest request = new SweepRequest("partner", new BigDecimal("13.40"), null, new BigDecimal("40"),
                new BigDecimal("2.5"), null, null, null, null);
        BetterOff sweep = sweeps.sweep(family, request, DATE);
        SweepPlan plan = SweepPlan.of(family, request, engine.parametersOn(DATE), DATE);
        HouseholdBudget budget = new HouseholdBudget(engine.ruleBase().registry().byId());

        assertThat(sweep.points()).as("every 2.5 hours, and 16").hasSize(18);
        for (int i = 0; i < plan.points().size(); i++) {
            Household atPoint = plan.householdAt(plan.points().get(i));
            assertThat(sweep.points().get(i)).as("point " + i)
                    .isEqualTo(budget.at(plan.points().get(i), atPoint, engine.evaluate(atPoint, DATE)));
        }
        // the household really changes along the way: Universal Credit falls, tax rises
        SweepPoint none = sweep.points().get(0);
        SweepPoint fullTime = sweep.points().get(17);
        assertThat(fullTime.benefit("universal_credit").countedMonthly()).isLessThan(none.benefit("universal_credit").countedMonthly());
        assertThat(fullTime.incomeTax()).isGreaterThan(none.incomeTax());
        assertThat(none.childcareCosts()).isZero();
        assertThat(fullTime.childcareCosts()).isEqualByComparingTo("400.00");
    }

    @Test
    void byDefaultTheSweepRunsFromNoWorkToFullTimeInHalfHoursAtTheMinimumWageForTheAge() throws IOException {
        BetterOff adult = sweeps.sweep(family, SweepRequest.byHours("partner"), DATE);
        assertThat(adult.hourlyWage()).isEqualByComparingTo("12.71");   // National Living Wage from April 2026
        assertThat(adult.points()).hasSize(76);
        assertThat(adult.points().get(0).hoursPerWeek()).isZero();
        assertThat(adult.points().get(0).grossPay()).isZero();
        assertThat(adult.points().get(75).hoursPerWeek()).isEqualByComparingTo("37.5");
        // 37.5 x 12.71 = 476.625 -> 476.63 a week; x 52 / 12 = 2,065.397 -> 2,065.40 a month
        assertThat(adult.points().get(75).grossPay()).isEqualByComparingTo("2065.40");

        Household young = JSON.readValue(FAMILY.replace("1989-07-19", "2006-09-01"), Household.class);
        assertThat(sweeps.sweep(young, SweepRequest.byHours("partner"), DATE).hourlyWage())
                .isEqualByComparingTo("10.85");   // aged 19: the 18 to 20 rate
    }

    @Test
    void theHeadlinesSayHowMuchBetterOffAndWhereEachBenefitStops() {
        BetterOff sweep = sweeps.sweep(family, new SweepRequest("claimant", new BigDecimal("20.00"), null, new BigDecimal("100"),
                BigDecimal.ONE, null, null, null, null), DATE);
        List<SweepPoint> points = sweep.points();
        BigDecimal gainAt16 = points.get(16).netIncome().subtract(points.get(0).netIncome());

        assertThat(gainAt16).isPositive();
        assertThat(sweep.summary().betterOff()).extracting(BetterOffSummary.Gain::point).containsExactly(16, 100);
        assertThat(sweep.summary().betterOff().get(0).amount()).isEqualByComparingTo(gainAt16);
        assertThat(sweep.summary().sentences()).startsWith("If you work 16 hours a week at £20.00 an hour, you would have "
                + gbp(gainAt16) + " more a month than if you did not work.", "If you work 100 hours a week at £20.00 an hour, "
                + "you would have " + gbp(points.get(100).netIncome().subtract(points.get(0).netIncome()))
                + " more a month than if you did not work.",
                "These amounts are after tax, National Insurance, rent, council tax and childcare.");

        int ucStops = IntStream.range(0, points.size()).filter(i -> points.get(i).benefit("universal_credit").countedMonthly().signum() == 0)
                .findFirst().orElseThrow();
        assertThat(ucStops).isBetween(20, 100);
        assertThat(sweep.summary().stops()).filteredOn(s -> s.benefit().equals("universal_credit"))
                .singleElement().satisfies(stop -> {
                    assertThat(stop.point()).isEqualTo(ucStops);
                    assertThat(stop.hoursPerWeek()).isEqualByComparingTo(BigDecimal.valueOf(ucStops));
                });
        assertThat(sweep.summary().sentences()).contains("Your household would stop getting Universal Credit at about "
                + ucStops + " hours a week (" + gbp(points.get(ucStops).grossPay()) + " a month before tax).");

        MarginalRate steepest = sweep.marginalRates().stream().max(java.util.Comparator.comparing(MarginalRate::rate)).orElseThrow();
        MarginalRate highest = sweep.summary().highestRate();
        assertThat(highest.from()).isLessThanOrEqualTo(steepest.from());
        assertThat(highest.to()).isGreaterThanOrEqualTo(steepest.to());
        assertThat(highest.rate()).isGreaterThan(steepest.rate().subtract(new BigDecimal("0.01")));
        assertThat(sweep.summary().sentences()).last().asString().startsWith("Between " + points.get(highest.from())
                .hoursPerWeek().stripTrailingZeros().toPlainString() + " and ");
    }

    @Test
    void eachRateIsTheShareOfExtraPayThatDoesNotReachNetIncomeAndItsSharesAddUp() {
        BetterOff sweep = sweeps.sweep(family, SweepRequest.byHours("claimant"), DATE);
        assertThat(sweep.marginalRates()).as("every step but the first, where childcare starts").hasSize(74);
        assertThat(sweep.marginalRates().get(0).from()).isEqualTo(1);
        for (MarginalRate rate : sweep.marginalRates()) {
            SweepPoint a = sweep.points().get(rate.from());
            SweepPoint b = sweep.points().get(rate.to());
            BigDecimal extra = b.grossPay().subtract(a.grossPay());
            BigDecimal kept = b.netIncomeBeforeChildcare().subtract(a.netIncomeBeforeChildcare());
            assertThat(rate.rate().multiply(extra)).as("rate x extra pay = what was not kept, within rounding")
                    .isCloseTo(extra.subtract(kept), org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
            BigDecimal shares = rate.shares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(shares).isCloseTo(rate.rate(), org.assertj.core.data.Offset.offset(new BigDecimal("0.0005")));
        }
    }

    @Test
    void aSweepThatCannotRunSaysWhatToChange() {
        assertThatThrownBy(() -> sweeps.sweep(family, SweepRequest.byHours("lodger"), DATE))
                .isInstanceOf(InvalidSweepException.class).hasMessageContaining("There is no person 'lodger'");
        assertThatThrownBy(() -> sweeps.sweep(family, SweepRequest.byHours("child1"), DATE))
                .isInstanceOf(InvalidSweepException.class).hasMessageContaining("not the claimant or partner");
        assertThatThrownBy(() -> sweeps.sweep(family, new SweepRequest("claimant", null, new BigDecimal("30"),
                new BigDecimal("20"), null, null, null, null, null), DATE))
                .isInstanceOf(InvalidSweepException.class).hasMessageContaining("start (30) is above its end (20)");
        assertThatThrownBy(() -> sweeps.sweep(family, new SweepRequest("claimant", null, null, null, null,
                BigDecimal.ZERO, new BigDecimal("5000.00"), new BigDecimal("1.00"), null), DATE))
                .isInstanceOf(InvalidSweepException.class).hasMessageContaining("5001 points; at most 1001");
        assertThatThrownBy(() -> sweeps.sweep(family, new SweepRequest("claimant", null, null, new BigDecimal("30"), null,
                null, new BigDecimal("3000.00"), null, null), DATE))
                .isInstanceOf(InvalidSweepException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> sweeps.sweep(family, new SweepRequest("claimant", null, null, null, null,
                null, null, null, new BigDecimal("30")), DATE))
                .isInstanceOf(InvalidSweepException.class).hasMessageContaining("hoursPerWeek is for a sweep by monthly pay");
    }

    @Test
    void aSweepByMonthlyPayWithTheHoursKnownSpeaksOfPayAndDrawsPayAlongTheAxis() throws Exception {
        BetterOff sweep = sweeps.sweep(family, new SweepRequest("claimant", null, null, null, null,
                new BigDecimal("1000.00"), new BigDecimal("3000.00"), new BigDecimal("500.00"), new BigDecimal("30")), DATE);

        assertThat(sweep.byHours()).isFalse();
        assertThat(sweep.hourlyWage()).isNull();
        assertThat(sweep.points()).extracting(SweepPoint::grossPay).map(BigDecimal::toPlainString)
                .containsExactly("1000.00", "1500.00", "2000.00", "2500.00", "3000.00");
        assertThat(sweep.summary().sentences().get(0)).isEqualTo("If you earn £3,000.00 a month before tax, you would have "
                + gbp(sweep.points().get(4).netIncome().subtract(sweep.points().get(0).netIncome()))
                + " more a month than at £1,000.00 a month before tax.");
        Document chart = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(BetterOffChart.svg(sweep, "m").getBytes(StandardCharsets.UTF_8)));
        String payLayer = ((Element) chart.getElementsByTagName("polygon").item(0)).getAttribute("points");
        assertThat(java.util.Arrays.stream(payLayer.split(" ")).map(xy -> xy.split(",")[0]).distinct().count())
                .as("one x position for each point").isEqualTo(5);
    }

    @Test
    void sixteenHoursIsAlwaysAPointAndAStepThatMissesItGetsIt() {
        BetterOff sweep = sweeps.sweep(family, new SweepRequest("claimant", null, null, new BigDecimal("20"),
                new BigDecimal("3"), null, null, null, null), DATE);
        assertThat(sweep.points()).extracting(p -> p.hoursPerWeek().stripTrailingZeros().toPlainString())
                .containsExactly("0", "3", "6", "9", "12", "15", "16", "18", "20");
    }

    @Test
    void carersAllowanceRecordedAsPaidIsWorkedOutAfreshAtEachPointAndStopsAtTheEarningsLimit() throws IOException {
        Household carer = JSON.readValue("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1980-01-01", "caresForDisabledPerson": true,
                             "recentNationalInsurance": false, "fullTimeStudent": false,
                             "otherIncome": [{"type": "CARERS_ALLOWANCE", "frequency": "WEEKLY", "amount": 86.45}]}],
                 "housing": {"tenure": "SOCIAL_RENT", "rent": 400.00, "rentFrequency": "MONTHLY", "bedrooms": 1}}
                """, Household.class);
        BetterOff sweep = sweeps.sweep(carer, new SweepRequest("claimant", null, null, new BigDecimal("30"), BigDecimal.ONE,
                null, null, null, null), DATE);

        assertThat(sweep.points()).allSatisfy(p -> assertThat(p.otherIncome()).isZero());
        assertThat(sweep.points().get(0).benefit("carers_allowance").counted()).isTrue();
        assertThat(sweep.points().get(30).benefit("carers_allowance").countedMonthly()).isZero();
        assertThat(sweep.summary().stops()).extracting(BetterOffSummary.Stop::benefit).contains("carers_allowance");
    }

    @Test
    void theChartIsAnImageWithATitleAndATextSummaryForScreenReaders() throws Exception {
        BetterOff sweep = sweeps.sweep(family, SweepRequest.byHours("claimant"), DATE);
        String svg = BetterOffChart.svg(sweep, "chart1");

        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart1-title chart1-summary");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Money a month as you earn more");
        assertThat(document.getElementsByTagName("desc").item(0).getTextContent())
                .startsWith(sweep.summary().sentences().get(0));
        assertThat(document.getElementsByTagName("polygon").getLength()).as("four layers above the axis, tax below").isEqualTo(5);
        assertThat(document.getElementsByTagName("path").getLength()).as("net income and the marginal rate").isEqualTo(2);
    }

    @Test
    void theFigureShowsTheSameFiguresAsATableBesideTheChart() throws Exception {
        BetterOff sweep = sweeps.sweep(family, SweepRequest.byHours("partner"), DATE);
        String html = BetterOffFigure.html(sweep, "partner-sweep", BetterOffWords.ENGLISH);
        // a look at it in a browser: target/better-off-figure.html
        java.nio.file.Files.createDirectories(Path.of("target"));
        java.nio.file.Files.writeString(Path.of("target", "better-off-figure.html"), "<!DOCTYPE html>\n<html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>Better off in work</title></head><body><main><h1>Better off in work</h1>" + html + "</main></body></html>");

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(("<div>" + html + "</div>").getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("figcaption").item(0).getTextContent()).isEqualTo("If your partner works more");
        assertThat(document.getElementsByTagName("li").getLength()).isEqualTo(sweep.summary().sentences().size());
        assertThat(document.getElementsByTagName("tr").getLength())
                .as("a heading row and a row for each point").isEqualTo(1 + sweep.points().size());
        SweepPoint sixteenHours = sweep.points().get(32);
        assertThat(html).contains("<th scope=\"row\" class=\"govuk-table__header govuk-table__header--numeric\">16</th>"
                + "<td class=\"govuk-table__cell govuk-table__cell--numeric\">"
                + gbp(sixteenHours.grossPay()) + "</td>");
    }
}
