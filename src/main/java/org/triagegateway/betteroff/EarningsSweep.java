package org.triagegateway.betteroff;

import jakarta.inject.Singleton;
import org.triagegateway.household.Household;
import org.triagegateway.rules.Benefit;
import org.triagegateway.rules.BenefitResult;
import org.triagegateway.rules.BenefitResult.MissingFact;
import org.triagegateway.rules.Evaluation;
import org.triagegateway.rules.RulesEngine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Sweeps one adult's pay with everything else held equal: every point is a full assessment by the
 * rule base, the same as a single assessment of the household at that pay, then added up as a
 * month's money.
 */
@Singleton
public class EarningsSweep {

    private static final List<String> ASSUMPTIONS = List.of(
            "Only one person's pay changes: one job as an employee, with no pension contributions. Everything else "
                    + "stays as recorded.",
            "Each point is assessed in full by the same rules as a single assessment, for the same date.",
            "Amounts are a month: weekly x 52 / 12, yearly / 12, rounded to the penny. Benefits that are possibly due "
                    + "count at their estimate.",
            "Net income is after tax, National Insurance, pension contributions, rent, council tax and childcare. "
                    + "Childcare counts only at points with pay: it is the cost of working, so marginal deduction "
                    + "rates leave it out, and there is none into the first point where it is paid.",
            "Help that is not money (free school meals, Healthy Start, grants) is not in net income, but the point "
                    + "where it stops is shown.",
            "New Style JSA and ESA count only when recorded as paid, and only while the person does not work: "
                    + "earnings reduce them. Universal Credit takes them off in full. Carer's Allowance is worked out "
                    + "afresh at each point.",
            "Other adults living in the home are not in the claim: their income is not counted, but what is taken off "
                    + "benefits for them is.");

    private final RulesEngine engine;
    private final HouseholdBudget budget;
    private final Map<String, Benefit> benefits;

    public EarningsSweep(RulesEngine engine) {
        this.engine = engine;
        this.benefits = engine.ruleBase().registry().byId();
        this.budget = new HouseholdBudget(benefits);
    }

    public BetterOff sweep(Household household, SweepRequest request, LocalDate date) {
        return sweep(household, request, date, BetterOffWords.ENGLISH);
    }

    /** @param words the language of the summary's sentences */
    public BetterOff sweep(Household household, SweepRequest request, LocalDate date, BetterOffWords words) {
        SweepPlan plan = SweepPlan.of(household, request, engine.parametersOn(date), date);
        List<Household> households = plan.households();
        List<Evaluation> evaluations = engine.evaluateEach(households, date);
        List<SweepPoint> points = IntStream.range(0, households.size()).parallel()
                .mapToObj(i -> budget.at(plan.points().get(i), households.get(i), evaluations.get(i)))
                .toList();
        List<MarginalRate> rates = MarginalRate.steps(points);
        Evaluation first = evaluations.get(0);
        return new BetterOff(date, first.ruleBaseVersion(), first.parameterSetVersion(), plan.person().id(), plan.who(),
                plan.byHours(), plan.hourlyWage(), points, rates, new Headlines(plan, points, rates, benefits, words).summary(),
                questions(evaluations), ASSUMPTIONS);
    }

    /** The facts still needed by the benefits and taxes that make up net income, at any point. */
    private List<MissingFact> questions(List<Evaluation> evaluations) {
        return evaluations.stream().flatMap(e -> e.benefits().stream())
                .filter(r -> HouseholdBudget.isTax(r.benefit()) || benefits.get(r.benefit()).income())
                .map(BenefitResult::questions).flatMap(List::stream)
                .distinct().sorted(Comparator.comparing(MissingFact::fact)).toList();
    }

}
