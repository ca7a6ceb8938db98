package org.triagegateway.betteroff;

import io.micronaut.core.annotation.Nullable;
import org.triagegateway.household.Earnings;
import org.triagegateway.household.Frequency;
import org.triagegateway.household.Household;
import org.triagegateway.household.OtherIncome;
import org.triagegateway.household.Person;
import org.triagegateway.rules.MinimumIncomeFloor;
import org.triagegateway.rules.ParameterSet;
import org.triagegateway.rules.Pounds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The swept person's pay at each point, and the household as it would be there: everything else
 * held equal, the person's earnings replaced by one employed job (none at zero), and childcare
 * paid only while they work, since it is the cost of their working.
 */
record SweepPlan(Household household, Person person, boolean byHours, @Nullable BigDecimal hourlyWage, List<Pay> points) {

    static final BigDecimal FULL_TIME_HOURS = new BigDecimal("37.5");
    static final BigDecimal DEFAULT_STEP_HOURS = new BigDecimal("0.5");
    static final BigDecimal SIXTEEN_HOURS = new BigDecimal("16");
    static final BigDecimal DEFAULT_STEP_MONTHLY = new BigDecimal("25.00");
    /** Enough for a fine sweep (every £5 of monthly pay up to £5,000), few enough to answer within a second or two. */
    static final int MAX_POINTS = 1001;
    /** How the sweep names the claimant; their partner is "your partner". */
    static final String YOU = "you";

    /** The pay at one point: hours a week (when known) and the job, absent at zero; gross pay a month. */
    record Pay(@Nullable BigDecimal hoursPerWeek, @Nullable Earnings job, BigDecimal grossMonthly) {

        boolean working() {
            return job != null;
        }
    }

    static SweepPlan of(Household household, SweepRequest request, ParameterSet parameters, LocalDate date) {
        Person person = household.person(request.person())
                .orElseThrow(() -> new InvalidSweepException("There is no person '" + request.person()
                        + "' in the household: give the id of the claimant or partner whose pay changes."));
        if (!person.inBenefitUnit()) {
            throw new InvalidSweepException("'" + request.person() + "' is not the claimant or partner: only their pay "
                    + "is counted together in a benefit claim.");
        }
        if (request.byMonth() && (request.fromHours() != null || request.toHours() != null || request.stepHours() != null)) {
            throw new InvalidSweepException("Give either hours (fromHours, toHours, stepHours) or monthly pay (fromMonthly, "
                    + "toMonthly, stepMonthly), not both.");
        }
        if (!request.byMonth() && request.hoursPerWeek() != null) {
            throw new InvalidSweepException("hoursPerWeek is for a sweep by monthly pay. For a sweep by hours, give "
                    + "fromHours, toHours and stepHours.");
        }
        BigDecimal wage = request.hourlyWage() != null ? request.hourlyWage()
                : MinimumIncomeFloor.minimumWage(parameters, Period.between(person.dateOfBirth(), date).getYears());
        return request.byMonth() ? new SweepPlan(household, person, false, null, byMonth(request, wage))
                : new SweepPlan(household, person, true, wage, byHours(request, wage));
    }

    /** How sentences and the chart name the person whose pay changes. */
    String who() {
        return person.role() == Person.Role.CLAIMANT ? YOU : "your partner";
    }

    Household householdAt(Pay pay) {
        List<OtherIncome> otherIncome = person.otherIncome().stream().filter(income -> keeps(income, pay)).toList();
        return household.with(person.withIncome(pay.working() ? List.of(pay.job()) : List.of(), otherIncome),
                pay.working() ? household.childcare() : null);
    }

    /**
     * Benefits paid according to the person's own work do not carry on regardless. Carer's Allowance
     * has an earnings limit: for someone recorded as a carer the rules work it out afresh at each
     * point. New Style JSA and ESA already awarded are reduced by earnings (and JSA stops at 16
     * hours), which the rules do not work out for an award already made: they count only while the
     * person does not work.
     */
    private boolean keeps(OtherIncome income, Pay pay) {
        return switch (income.type()) {
            case CARERS_ALLOWANCE -> !Boolean.TRUE.equals(person.caresForDisabledPerson());
            case NEW_STYLE_JSA, NEW_STYLE_ESA -> !pay.working();
            default -> true;
        };
    }

    List<Household> households() {
        return points.stream().map(this::householdAt).toList();
    }

    private static List<Pay> byHours(SweepRequest request, BigDecimal wage) {
        List<BigDecimal> range = range(orDefault(request.fromHours(), BigDecimal.ZERO),
                orDefault(request.toHours(), FULL_TIME_HOURS), orDefault(request.stepHours(), DEFAULT_STEP_HOURS), "hours");
        // 16 hours a week is a threshold in several benefits and the first headline: always a point when in range.
        if (range.get(0).compareTo(SIXTEEN_HOURS) < 0 && range.get(range.size() - 1).compareTo(SIXTEEN_HOURS) > 0
                && range.stream().noneMatch(hours -> hours.compareTo(SIXTEEN_HOURS) == 0)) {
            range.add(SIXTEEN_HOURS);
            range.sort(null);
        }
        List<Pay> points = new ArrayList<>();
        for (BigDecimal hours : range) {
            BigDecimal weekly = Pounds.toPenny(hours.multiply(wage));
            points.add(weekly.signum() == 0 ? new Pay(hours, null, Pounds.zero())
                    : new Pay(hours, job(Frequency.WEEKLY, weekly, hours), Pounds.monthly(weekly, Frequency.WEEKLY)));
        }
        return points;
    }

    private static List<Pay> byMonth(SweepRequest request, BigDecimal wage) {
        BigDecimal fullTime = Pounds.monthly(Pounds.toPenny(FULL_TIME_HOURS.multiply(wage)), Frequency.WEEKLY);
        List<Pay> points = new ArrayList<>();
        for (BigDecimal monthly : range(orDefault(request.fromMonthly(), BigDecimal.ZERO),
                orDefault(request.toMonthly(), fullTime), orDefault(request.stepMonthly(), DEFAULT_STEP_MONTHLY), "monthly pay")) {
            BigDecimal gross = monthly.setScale(2, RoundingMode.UNNECESSARY);
            points.add(gross.signum() == 0 ? new Pay(null, null, gross)
                    : new Pay(request.hoursPerWeek(), job(Frequency.MONTHLY, gross, request.hoursPerWeek()), gross));
        }
        return points;
    }

    /** From, from + step, ... up to and including to (added at the end when the steps pass it). */
    private static List<BigDecimal> range(BigDecimal from, BigDecimal to, BigDecimal step, String what) {
        if (from.compareTo(to) > 0) {
            throw new InvalidSweepException("The sweep's " + what + " start (" + from.toPlainString()
                    + ") is above its end (" + to.toPlainString() + ").");
        }
        BigDecimal steps = to.subtract(from).divide(step, 0, RoundingMode.CEILING);
        if (steps.compareTo(BigDecimal.valueOf(MAX_POINTS - 1L)) > 0) {
            throw new InvalidSweepException("That sweep has " + steps.add(BigDecimal.ONE) + " points; at most " + MAX_POINTS
                    + " are worked out at once. Use a bigger step or a narrower range.");
        }
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal value = from; value.compareTo(to) < 0; value = value.add(step)) {
            values.add(value);
        }
        values.add(to);
        return values;
    }

    private static Earnings job(Frequency frequency, BigDecimal gross, @Nullable BigDecimal hours) {
        return new Earnings(Earnings.Kind.EMPLOYED, frequency, gross, null, Pounds.zero(), hours, null, null, null);
    }

    private static BigDecimal orDefault(@Nullable BigDecimal value, BigDecimal otherwise) {
        return value != null ? value : otherwise;
    }
}
