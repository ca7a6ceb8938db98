package org.triagegateway.betteroff;

import io.micronaut.core.annotation.Nullable;
import org.triagegateway.rules.Benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.triagegateway.rules.Pounds.gbp;

/**
 * The facts an adviser reads out first: how much better off at 16 hours and at the top of the
 * range, where each benefit stops, and where the most of each extra pound is taken. Sentences
 * are short and in plain English.
 */
final class Headlines {

    static final BigDecimal SIXTEEN_HOURS = new BigDecimal("16");
    /** Rates within a percentage point of the highest count as the same stretch. */
    private static final BigDecimal NEAR_HIGHEST = new BigDecimal("0.01");

    private final SweepPlan plan;
    private final List<SweepPoint> points;
    private final List<MarginalRate> rates;
    private final Map<String, Benefit> benefits;

    Headlines(SweepPlan plan, List<SweepPoint> points, List<MarginalRate> rates, Map<String, Benefit> benefits) {
        this.plan = plan;
        this.points = points;
        this.rates = rates;
        this.benefits = benefits;
    }

    BetterOffSummary summary() {
        List<String> sentences = new ArrayList<>();
        List<BetterOffSummary.Gain> gains = gains();
        gains.forEach(gain -> sentences.add(sentence(gain)));
        if (points.get(0).netIncome() == null) {
            sentences.add("Net income cannot be worked out until we know the gross pay (before tax) of everyone in the "
                    + "claim who works.");
        }
        List<BetterOffSummary.Stop> stops = stops();
        stops.forEach(stop -> sentences.add(benefits.get(stop.benefit()).name() + " stops at about "
                + where(stop.hoursPerWeek(), stop.grossPay()) + "."));
        MarginalRate highest = highestRate();
        if (highest != null) {
            sentences.add(sentence(highest));
        }
        return new BetterOffSummary(sentences, gains, stops, highest);
    }

    /** At 16 hours (a common first step into work) and at the top of the range, against the first point. */
    private List<BetterOffSummary.Gain> gains() {
        SweepPoint base = points.get(0);
        if (base.netIncome() == null) {
            return List.of();
        }
        List<Integer> chosen = new ArrayList<>();
        IntStream.range(1, points.size())
                .filter(i -> points.get(i).hoursPerWeek() != null && points.get(i).hoursPerWeek().compareTo(SIXTEEN_HOURS) == 0)
                .findFirst().ifPresent(chosen::add);
        if (points.size() > 1 && !chosen.contains(points.size() - 1)) {
            chosen.add(points.size() - 1);
        }
        return chosen.stream().filter(i -> points.get(i).netIncome() != null)
                .map(i -> new BetterOffSummary.Gain(i, points.get(i).hoursPerWeek(), points.get(i).grossPay(),
                        points.get(i).netIncome().subtract(base.netIncome())))
                .toList();
    }

    /** The first point after which a benefit is never received again, for one received somewhere before. */
    private List<BetterOffSummary.Stop> stops() {
        List<BetterOffSummary.Stop> stops = new ArrayList<>();
        for (BenefitAtPoint first : points.get(0).benefits()) {
            String id = first.benefit();
            boolean money = benefits.get(id).income();
            int lastReceived = IntStream.range(0, points.size()).filter(i -> points.get(i).benefit(id).received(money))
                    .reduce(-1, Math::max);
            if (lastReceived >= 0 && lastReceived < points.size() - 1) {
                SweepPoint stop = points.get(lastReceived + 1);
                stops.add(new BetterOffSummary.Stop(id, benefits.get(id).name(), lastReceived + 1, stop.hoursPerWeek(),
                        stop.grossPay()));
            }
        }
        stops.sort(Comparator.comparingInt(BetterOffSummary.Stop::point));
        return stops;
    }

    /** The widest run of steps around the highest rate that stay within a percentage point of it, taken as one. */
    @Nullable
    private MarginalRate highestRate() {
        if (rates.isEmpty()) {
            return null;
        }
        int top = IntStream.range(0, rates.size()).boxed()
                .max(Comparator.comparing((Integer i) -> rates.get(i).rate())).orElseThrow();
        BigDecimal floor = rates.get(top).rate().subtract(NEAR_HIGHEST);
        int first = top;
        while (first > 0 && rates.get(first - 1).to() == rates.get(first).from() && rates.get(first - 1).rate().compareTo(floor) >= 0) {
            first--;
        }
        int last = top;
        while (last < rates.size() - 1 && rates.get(last + 1).from() == rates.get(last).to()
                && rates.get(last + 1).rate().compareTo(floor) >= 0) {
            last++;
        }
        return MarginalRate.between(points, rates.get(first).from(), rates.get(last).to());
    }

    private String sentence(BetterOffSummary.Gain gain) {
        boolean you = plan.who().equals("you");
        String how = gain.amount().signum() >= 0 ? gbp(gain.amount()) + " a month better off"
                : gbp(gain.amount().negate()) + " a month worse off";
        SweepPoint base = points.get(0);
        String than = base.grossPay().signum() == 0 ? (you ? "than not working" : "than if they did not work")
                : "than at " + where(base.hoursPerWeek(), base.grossPay());
        String work = gain.hoursPerWeek() != null && plan.hourlyWage() != null
                ? "working " + hours(gain.hoursPerWeek()) + " a week at " + gbp(plan.hourlyWage()) + " an hour"
                : "earning " + gbp(gain.grossPay()) + " a month before tax";
        String after = " (after tax, National Insurance, rent, council tax and childcare).";
        return you ? capitalise(work) + ", you would be " + how + " " + than + after
                : "If your partner is " + work + ", your household would be " + how + " " + than + after;
    }

    private String sentence(MarginalRate rate) {
        SweepPoint from = points.get(rate.from());
        SweepPoint to = points.get(rate.to());
        String range = between(from, to);
        BigDecimal keptPence = BigDecimal.ONE.subtract(rate.rate()).movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        List<String> takers = rate.shares().entrySet().stream()
                .filter(e -> e.getValue().signum() > 0)
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .map(e -> taker(e.getKey()) + " " + pence(e.getValue()))
                .toList();
        String taken = takers.isEmpty() ? "" : ": " + String.join(", ", takers);
        if (keptPence.signum() < 0) {
            return capitalise(range) + " earning more leaves the household worse off: each extra £1 earned costs "
                    + pence(keptPence.negate().movePointLeft(2)) + taken + ".";
        }
        return "The most is taken " + range + ": of each extra £1 earned, the household keeps "
                + pence(keptPence.movePointLeft(2)) + taken + ".";
    }

    private String taker(String id) {
        return switch (id) {
            case HouseholdBudget.INCOME_TAX -> "income tax";
            case HouseholdBudget.NATIONAL_INSURANCE -> "National Insurance";
            case MarginalRate.CHARGE -> "the High Income Child Benefit Charge";
            default -> "less " + benefits.get(id).name();
        };
    }

    private static String between(SweepPoint from, SweepPoint to) {
        if (from.hoursPerWeek() != null && to.hoursPerWeek() != null) {
            return "between " + number(from.hoursPerWeek()) + " and " + hours(to.hoursPerWeek()) + " a week";
        }
        return "between " + gbp(from.grossPay()) + " and " + gbp(to.grossPay()) + " a month before tax";
    }

    private static String where(@Nullable BigDecimal hoursPerWeek, BigDecimal grossPay) {
        return hoursPerWeek != null ? hours(hoursPerWeek) + " a week (" + gbp(grossPay) + " a month before tax)"
                : gbp(grossPay) + " a month before tax";
    }

    private static String hours(BigDecimal hours) {
        return number(hours) + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** 0.32 as "32p"; £1 or more as pounds. */
    private static String pence(BigDecimal pounds) {
        BigDecimal p = pounds.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        return p.compareTo(BigDecimal.valueOf(100)) >= 0 ? gbp(pounds.setScale(2, RoundingMode.HALF_UP)) : p.toPlainString() + "p";
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
