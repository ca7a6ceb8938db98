package org.triagegateway.betteroff;

import io.micronaut.core.annotation.Nullable;
import org.triagegateway.household.Earnings;
import org.triagegateway.household.Frequency;
import org.triagegateway.household.Household;
import org.triagegateway.household.Housing;
import org.triagegateway.household.OtherIncome;
import org.triagegateway.household.Person;
import org.triagegateway.rules.Benefit;
import org.triagegateway.rules.BenefitResult;
import org.triagegateway.rules.Evaluation;
import org.triagegateway.rules.Pounds;
import org.triagegateway.rules.facts.Decision.Status;
import org.triagegateway.rules.facts.Step.Stage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns one household and its evaluation into a month's money: the claimant's and partner's pay and
 * other income, the benefits that are money, less tax, National Insurance, the High Income Child
 * Benefit Charge, rent, council tax and childcare. The rules decide every benefit and tax; this
 * only adds them up, each as a monthly figure rounded to the penny.
 */
final class HouseholdBudget {

    static final String INCOME_TAX = "income_tax";
    static final String NATIONAL_INSURANCE = "national_insurance";
    static final String CHILD_BENEFIT = "child_benefit";
    private static final String CHARGE_SECTION = "s.681C";

    private final Map<String, Benefit> benefits;

    HouseholdBudget(Map<String, Benefit> benefits) {
        this.benefits = benefits;
    }

    SweepPoint at(SweepPlan.Pay pay, Household household, Evaluation evaluation) {
        List<Person> unit = household.people().stream().filter(Person::inBenefitUnit).toList();
        Set<OtherIncome.Type> recorded = unit.stream().flatMap(p -> p.otherIncome().stream())
                .map(OtherIncome::type).collect(Collectors.toSet());
        List<BenefitAtPoint> results = evaluation.benefits().stream()
                .filter(r -> !isTax(r.benefit()))
                .map(r -> benefitAtPoint(r, recorded)).toList();

        BigDecimal earnings = sum(unit.stream().flatMap(p -> p.earnings().stream())
                .map(e -> Pounds.monthly(e.gross() != null ? e.gross() : e.takeHome(), e.frequency())));
        BigDecimal pensions = sum(unit.stream().flatMap(p -> p.earnings().stream())
                .filter(e -> e.pensionContributions() != null)
                .map(e -> Pounds.monthly(e.pensionContributions(), e.frequency())));
        BigDecimal otherIncome = sum(unit.stream().flatMap(p -> p.otherIncome().stream())
                .map(i -> Pounds.monthly(i.amount(), i.frequency())));
        BigDecimal benefitsCounted = sum(results.stream().map(BenefitAtPoint::countedMonthly));
        BigDecimal charge = highIncomeChildBenefitCharge(evaluation);
        Housing housing = household.housing();
        BigDecimal housingCosts = housing == null || housing.rentFrequency() == null ? Pounds.zero()
                : sum(Stream.of(housing.rent(), housing.serviceCharges())
                        .filter(a -> a != null).map(a -> Pounds.monthly(a, housing.rentFrequency())));
        // a week by days, as Council Tax Reduction works it out, so that a full reduction clears the bill exactly
        BigDecimal councilTax = housing == null || housing.councilTax() == null ? Pounds.zero()
                : Pounds.monthly(Pounds.weeklyByDays(housing.councilTax()), Frequency.WEEKLY);
        BigDecimal childcare = household.childcare() == null ? Pounds.zero()
                : Pounds.monthly(household.childcare().cost(), household.childcare().frequency());
        BigDecimal tax = yearlyTax(evaluation, INCOME_TAX);
        BigDecimal ni = yearlyTax(evaluation, NATIONAL_INSURANCE);

        BigDecimal net = tax == null || ni == null ? null
                : earnings.subtract(tax).subtract(ni).subtract(pensions).add(otherIncome).add(benefitsCounted)
                        .subtract(charge).subtract(housingCosts).subtract(councilTax).subtract(childcare);
        return new SweepPoint(pay.hoursPerWeek(), pay.grossMonthly(), earnings, tax, ni, pensions, otherIncome,
                benefitsCounted, charge, housingCosts, councilTax, childcare, net, results);
    }

    private BenefitAtPoint benefitAtPoint(BenefitResult result, Set<OtherIncome.Type> recorded) {
        Benefit benefit = benefits.get(result.benefit());
        BigDecimal monthly = BenefitResult.monthly(result.amount(), result.period());
        boolean counted = benefit.income() && result.status().due() && monthly != null
                && (benefit.recordedAs() == null || !recorded.contains(benefit.recordedAs()));
        return new BenefitAtPoint(result.benefit(), result.status(), result.amount(), result.period(), monthly, counted);
    }

    /** The year's tax a month, or null when it cannot be worked out (someone's gross pay is unknown). */
    @Nullable
    private static BigDecimal yearlyTax(Evaluation evaluation, String id) {
        BenefitResult tax = evaluation.benefit(id);
        return tax.status() == Status.CALCULATED && tax.amount() != null ? Pounds.monthly(tax.amount(), Frequency.YEARLY) : null;
    }

    /** The charge is a deduction step of Child Benefit's working, citing ITEPA 2003 s.681C: a year's figure. */
    private static BigDecimal highIncomeChildBenefitCharge(Evaluation evaluation) {
        return Pounds.monthly(sum(evaluation.benefit(CHILD_BENEFIT).steps().stream()
                .filter(s -> s.stage() == Stage.DEDUCTION && s.amount() != null && s.legalReference().contains(CHARGE_SECTION))
                .map(BenefitResult.Explanation::amount)), Frequency.YEARLY);
    }

    static boolean isTax(String id) {
        return id.equals(INCOME_TAX) || id.equals(NATIONAL_INSURANCE);
    }

    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        return amounts.reduce(Pounds.zero(), BigDecimal::add);
    }
}
