package org.triagegateway.betteroff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import static org.triagegateway.rules.Pounds.gbp;
import static org.triagegateway.web.Markup.escape;

/**
 * The chart with what it shows in words and figures, as an HTML fragment for pages (GOV.UK
 * Frontend classes): the summary sentences, the chart, and the same data as a table, so that
 * nobody needs to read the picture.
 */
public final class BetterOffFigure {

    private BetterOffFigure() {
    }

    /** @param words the language of the labels: the summary's sentences are in the language the sweep was asked for */
    public static String html(BetterOff sweep, String id, BetterOffWords words) {
        StringBuilder html = new StringBuilder();
        html.append("<figure class=\"tg-better-off\" aria-labelledby=\"").append(id).append("-caption\">\n");
        html.append("<figcaption id=\"").append(id).append("-caption\" class=\"govuk-heading-m\">")
                .append(escape(words.textFor("figure.caption", sweep.who().equals(SweepPlan.YOU))))
                .append("</figcaption>\n");
        html.append("<ul class=\"govuk-list govuk-list--bullet\">\n");
        sweep.summary().sentences().forEach(s -> html.append("<li>").append(escape(s)).append("</li>\n"));
        html.append("</ul>\n");
        // the sentences are just above: the chart is named by its title, so screen readers do not hear them twice
        html.append(BetterOffChart.svg(sweep, id, false, words));
        html.append("</figure>\n");
        // the table repeats the chart point by point: long, so it is there for those who ask for it
        html.append("<details class=\"govuk-details\">\n<summary class=\"govuk-details__summary\">")
                .append("<span class=\"govuk-details__summary-text\">").append(escape(words.text("figure.table.show")))
                .append("</span></summary>\n")
                                // eight columns do not fit a phone: the table scrolls in its own box, which the keyboard can reach
                .append("<div class=\"govuk-details__text tg-scroll-box\" tabindex=\"0\" role=\"region\" aria-labelledby=\"")
                .append(id).append("-table-caption\">\n").append(table(sweep, id, words)).append("</div>\n</details>\n");
        return html.toString();
    }

    private static String table(BetterOff sweep, String id, BetterOffWords words) {
        boolean byHours = sweep.byHours();
        StringBuilder table = new StringBuilder();
        table.append("<table class=\"govuk-table\" id=\"").append(id).append("-table\">\n");
        table.append("<caption class=\"govuk-table__caption govuk-table__caption--s\" id=\"").append(id).append("-table-caption\">")
                .append(escape(words.text("figure.table.caption"))).append("</caption>\n");
        table.append("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
        for (String heading : List.of(byHours ? "heading.hours" : "heading.pay", byHours ? "heading.pay" : "heading.household_pay",
                "heading.tax", "heading.universal_credit", "heading.child_benefit", "heading.other", "heading.net", "heading.rate")) {
            table.append("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">")
                    .append(escape(words.text(heading))).append("</th>");
        }
        table.append("</tr></thead>\n<tbody class=\"govuk-table__body\">\n");
        List<SweepPoint> points = sweep.points();
        for (int i = 0; i < points.size(); i++) {
            SweepPoint p = points.get(i);
            table.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header govuk-table__header--numeric\">")
                    .append(byHours ? Headlines.number(p.hoursPerWeek()) : gbp(p.grossPay())).append("</th>");
            String notKnown = words.text("figure.not_known");
            for (BigDecimal amount : Arrays.asList(byHours ? p.grossPay() : p.earnings(), p.taxes(),
                    p.counted(SweepPoint.UNIVERSAL_CREDIT), p.counted(HouseholdBudget.CHILD_BENEFIT), p.otherBenefitsAndIncome(),
                    p.netIncome())) {
                table.append("<td class=\"govuk-table__cell govuk-table__cell--numeric\">")
                        .append(amount == null ? escape(notKnown) : gbp(amount)).append("</td>");
            }
            table.append("<td class=\"govuk-table__cell govuk-table__cell--numeric\">").append(rateInto(sweep, i)).append("</td>");
            table.append("</tr>\n");
        }
        table.append("</tbody>\n</table>\n");
        return table.toString();
    }

    /** The rate between the point before and this one, as a whole percentage. */
    private static String rateInto(BetterOff sweep, int point) {
        return sweep.marginalRates().stream().filter(r -> r.to() == point).findFirst()
                .map(r -> r.rate().movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%")
                .orElse("");
    }
}
