package org.triagegateway.betteroff;

import io.micronaut.core.annotation.Nullable;
import org.triagegateway.household.Person;
import org.triagegateway.rules.Benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;


/**
 * The facts an adviser reads out first: how much better off at 16 hours and at the top of the
 * range, where each benefit stops, and where the most of each extra pound is taken. Short
 * sentences in plain words, for "you" (the claimant) or "your partner", in the language of
 * {@link BetterOffWords}.
 */
final class Headlines {

    /** Rates within a percentage point of the highest count as the same stretch. */
    private static final BigDecimal NEAR_HIGHEST = new BigDecimal("0.01");

    private final SweepPlan plan;
    private final List<SweepPoint> points;
    private final List<MarginalRate> rates;
    private final Map<String, Benefit> benefits;
    private final boolean you;
    private final BetterOffWords words;

    Headlines(SweepPlan plan, List<SweepPoint> points, List<MarginalRate> rates, Map<String, Benefit> benefits,
              BetterOffWords words) {
        this.plan = plan;
        this.points = points;
        this.rates = rates;
        this.benefits = benefits;
        this.you = plan.person().role() == Person.Role.CLAIMANT;
        this.words = words;
    }

    BetterOffSummary summary() {
        List<String> sentences = new ArrayList<>();
        List<BetterOffSummary.Gain> gains = gains();
        gains.forEach(gain -> sentences.add(sentence(gain)));
        if (!gains.isEmpty()) {
            sentences.add(words.text("after"));
        }
        if (points.get(0).netIncome() == null) {
            sentences.add(words.text("unknown"));
        }
        List<BetterOffSummary.Stop> stops = stops();
        stops.forEach(stop -> sentences.add(words.text("stop", words.benefit(benefits.get(stop.benefit())),
                where(stop.hoursPerWeek(), stop.grossPay()))));
        MarginalRate highest = highestRate();
        if (highest != null) {
            sentences.add(sentence(highest));
        }
        return new BetterOffSummary(sentences, gains, stops, highest);
    }

    /** At 16 hours (a common first step into work) and at the top of the range, against the first point. */
    private List<BetterOffSummary.Gain> gains() {
        SweepPoint base = points.get(0);
        if (base.netIncome() == null || points.size() < 2) {
            return List.of();
        }
        List<Integer> chosen = new ArrayList<>();
        if (plan.byHours()) {
            IntStream.range(1, points.size() - 1)
                    .filter(i -> points.get(i).hoursPerWeek().compareTo(SweepPlan.SIXTEEN_HOURS) == 0)
                    .findFirst().ifPresent(chosen::add);
        }
        chosen.add(points.size() - 1);
        return chosen.stream().filter(i -> points.get(i).netIncome() != null)
                .map(i -> new BetterOffSummary.Gain(i, points.get(i).hoursPerWeek(), points.get(i).grossPay(),
                        points.get(i).netIncome().subtract(base.netIncome())))
                .toList();
    }

    /**
     * The first point after which a benefit is never received again, for one received at the first
     * point (money while its amount is above zero, other help while it is due), where it is known to
     * end: a "possibly" without an amount there is not a stop.
     */
    private List<BetterOffSummary.Stop> stops() {
        List<BetterOffSummary.Stop> stops = new ArrayList<>();
        for (BenefitAtPoint first : points.get(0).benefits()) {
            String id = first.benefit();
            boolean money = benefits.get(id).income();
            if (!first.received(money)) {
                continue;
            }
            int lastReceived = IntStream.range(0, points.size()).filter(i -> points.get(i).benefit(id).received(money))
                    .reduce(0, Math::max);
            if (lastReceived < points.size() - 1 && points.get(lastReceived + 1).benefit(id).ended()) {
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
        while (first > 0 && rates.get(first - 1).to() == rates.get(first).from()
                && rates.get(first - 1).rate().compareTo(floor) >= 0) {
            first--;
        }
        int last = top;
        while (last < rates.size() - 1 && rates.get(last + 1).from() == rates.get(last).to()
                && rates.get(last + 1).rate().compareTo(floor) >= 0) {
            last++;
        }
        return MarginalRate.between(points, rates.get(first).from(), rates.get(last).to());
    }

    /** "If you work 16 hours a week at £12.71 an hour, you would have £336.56 more a month than if you did not work." */
    private String sentence(BetterOffSummary.Gain gain) {
        String have = switch (gain.amount().signum()) {
            case 0 -> words.text("have.same");
            case 1 -> words.text("have.more", words.money(gain.amount()));
            default -> words.text("have.less", words.money(gain.amount().negate()));
        };
        SweepPoint base = points.get(0);
        String than = base.grossPay().signum() == 0 ? words.textFor("than.nothing", you)
                : words.text("than.at", where(base.hoursPerWeek(), base.grossPay()));
        return plan.byHours()
                ? words.textFor("gain.hours", you, hours(gain.hoursPerWeek()), words.money(plan.hourlyWage()), have, than)
                : words.textFor("gain.pay", you, words.money(gain.grossPay()), have, than);
    }

    /** "Between 19 and 37.5 hours a week, you keep 32p of each extra £1 you earn. Universal Credit goes down by 40p, ..." */
    private String sentence(MarginalRate rate) {
        String range = between(points.get(rate.from()), points.get(rate.to()));
        BigDecimal kept = BigDecimal.ONE.subtract(rate.rate());
        String first = capitalise(kept.signum() >= 0 ? words.textFor("rate.keep", you, range, pence(kept))
                : words.textFor("rate.lose", you, range, pence(kept.negate())));
        List<String> takers = rate.shares().entrySet().stream()
                .filter(e -> e.getValue().signum() > 0)
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .map(e -> taker(e.getKey(), e.getValue()))
                .toList();
        return takers.isEmpty() ? first : first + " " + capitalise(words.text("takers", list(takers)));
    }

    private String taker(String id, BigDecimal share) {
        return switch (id) {
            case HouseholdBudget.INCOME_TAX -> words.text("taker.income_tax", pence(share));
            case HouseholdBudget.NATIONAL_INSURANCE -> words.text("taker.national_insurance", pence(share));
            case MarginalRate.CHARGE -> words.text("taker.charge", pence(share));
            default -> words.text("taker.benefit", words.benefit(benefits.get(id)), pence(share));
        };
    }

    private String list(List<String> parts) {
        String list = parts.get(parts.size() - 1);
        if (parts.size() > 1) {
            list = words.text("list.and", parts.get(parts.size() - 2), list);
            for (int i = parts.size() - 3; i >= 0; i--) {
                list = words.text("list.comma", parts.get(i), list);
            }
        }
        return list;
    }

    private String between(SweepPoint from, SweepPoint to) {
        return plan.byHours() ? words.text("between.hours", number(from.hoursPerWeek()), hours(to.hoursPerWeek()))
                : words.text("between.pay", words.money(from.grossPay()), words.money(to.grossPay()));
    }

    private String where(@Nullable BigDecimal hoursPerWeek, BigDecimal grossPay) {
        return plan.byHours() ? words.text("where.hours", hours(hoursPerWeek), words.money(grossPay))
                : words.text("where.pay", words.money(grossPay));
    }

    private String hours(BigDecimal hours) {
        return words.text(hours.compareTo(BigDecimal.ONE) == 0 ? "hours.one" : "hours.many", number(hours));
    }

    /** 16, 37.5: hours as people write them. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** 0.32 as "32p"; £1 or more in pounds. */
    private String pence(BigDecimal pounds) {
        BigDecimal p = pounds.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        return p.compareTo(BigDecimal.valueOf(100)) >= 0 ? words.money(pounds) : words.text("pence", p.toPlainString());
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
