package org.triagegateway.betteroff;

import org.triagegateway.household.Person;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import static org.triagegateway.rules.Pounds.gbp;
import static org.triagegateway.web.Markup.escape;

/**
 * The sweep as a chart in SVG, drawn on the server so that it needs no JavaScript and can go into a
 * page or a PDF as it is: stacked areas for pay, Universal Credit, Child Benefit and other money,
 * tax and National Insurance below the axis, a line for net income and a dashed line for the
 * marginal deduction rate. It carries its own title and a text summary for screen readers; pages
 * show the same figures as a table beside it.
 */
public final class BetterOffChart {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 570;
    private static final int LEFT = 80;
    private static final int RIGHT = 720;
    private static final int TOP = 60;
    private static final int BOTTOM = 400;
    private static final int[] NICE_STEPS = {10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000};
    private static final int MAX_TICKS = 8;
    private static final int LEGEND_COLUMN = 330;

    /** A layer of the stack: its name's key in the words, colour (GOV.UK palette, each at least 3:1 against white) and amount. */
    private record Layer(String name, String colour, ToDoubleFunction<SweepPoint> amount) {
    }

    private static final List<Layer> ABOVE = List.of(
            new Layer("heading.pay", "#1d70b8", p -> p.earnings().doubleValue()),
            new Layer("heading.universal_credit", "#00703c", p -> p.counted(SweepPoint.UNIVERSAL_CREDIT).doubleValue()),
            new Layer("heading.child_benefit", "#f47738", p -> p.counted(HouseholdBudget.CHILD_BENEFIT).doubleValue()),
            new Layer("heading.other", "#4c2c92", p -> p.otherBenefitsAndIncome().doubleValue()));
    private static final Layer TAX = new Layer("chart.legend.taxes", "#d4351c",
            p -> p.taxes() == null ? 0 : -p.taxes().doubleValue());
    private static final String NET_COLOUR = "#0b0c0c";
    private static final String RATE_COLOUR = "#d53880";

    private BetterOffChart() {
    }

    /** The chart on its own; {@code id} keeps the title's and summary's ids unique when a page holds several charts. */
    public static String svg(BetterOff sweep, String id) {
        return svg(sweep, id, true, BetterOffWords.ENGLISH);
    }

    /** The chart, named by its title only when the page around it already says what its summary says. */
    static String svg(BetterOff sweep, String id, boolean labelledBySummary, BetterOffWords words) {
        List<SweepPoint> points = sweep.points();
        boolean byHours = sweep.byHours();
        Function<SweepPoint, Double> xValue = byHours ? p -> p.hoursPerWeek().doubleValue() : p -> p.grossPay().doubleValue();
        double xMin = xValue.apply(points.get(0));
        double xMax = Math.max(xValue.apply(points.get(points.size() - 1)), xMin + 1);

        double yMax = points.stream().mapToDouble(p -> Math.max(stackTop(p), net(p))).max().orElse(0);
        double yMin = points.stream().mapToDouble(p -> Math.min(TAX.amount().applyAsDouble(p), Math.min(0, net(p))))
                .min().orElse(0);
        int yStep = niceStep(yMax - yMin);
        double top = Math.ceil(yMax / yStep) * yStep;
        double bottom = Math.floor(yMin / yStep) * yStep;
        Scale x = new Scale(xMin, xMax, LEFT, RIGHT);
        Scale y = new Scale(bottom, Math.max(top, bottom + yStep), BOTTOM, TOP);
        Scale rate = new Scale(0, 1, BOTTOM, TOP);

        StringBuilder svg = new StringBuilder();
        boolean you = sweep.who().equals(SweepPlan.YOU);
        String title = words.textFor("chart.title", you);
        // the axes run left to right in every language: on a right-to-left page, "start" would otherwise mean the right
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                + "role=\"img\" direction=\"ltr\" aria-labelledby=\"%s\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"14\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT, id + "-title" + (labelledBySummary ? " " + id + "-summary" : "")));
        svg.append("<title id=\"").append(id).append("-title\">")
                .append(escape(title)).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-summary\">")
                .append(escape(String.join(" ", sweep.summary().sentences()))).append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append(text(LEFT, 30, "start", "bold", 18, title));

        // grid and the money axis
        for (double v = bottom; v <= top + 0.5; v += yStep) {
            svg.append(line(LEFT, y.at(v), RIGHT, y.at(v), v == 0 ? "#0b0c0c" : "#b1b4b6", v == 0 ? 2 : 1, null));
            svg.append(text(LEFT - 8, y.at(v) + 5, "end", "normal", 13, gbp(BigDecimal.valueOf(v)).replace(".00", "")));
        }
        svg.append(text(20, (TOP + BOTTOM) / 2.0, "middle", "normal", 13, words.text("chart.axis.money"), -90));

        // stacked areas above the axis, then tax below it
        double[] base = new double[points.size()];
        for (Layer layer : ABOVE) {
            double[] upper = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                upper[i] = base[i] + Math.max(0, layer.amount().applyAsDouble(points.get(i)));
            }
            svg.append(area(points, xValue, x, y, base, upper, layer.colour()));
            base = upper;
        }
        double[] zero = new double[points.size()];
        double[] taxes = points.stream().mapToDouble(TAX.amount()).toArray();
        svg.append(area(points, xValue, x, y, zero, taxes, TAX.colour()));

        // net income
        StringBuilder netPath = new StringBuilder();
        for (SweepPoint p : points) {
            if (p.netIncome() != null) {
                netPath.append(netPath.length() == 0 ? "M" : " L").append(fmt(x.at(xValue.apply(p)))).append(',')
                        .append(fmt(y.at(p.netIncome().doubleValue())));
            }
        }
        if (netPath.length() > 0) {
            svg.append("<path d=\"").append(netPath).append("\" fill=\"none\" stroke=\"").append(NET_COLOUR)
                    .append("\" stroke-width=\"3\"/>\n");
        }

        // marginal deduction rate, on its own axis (0 to 100%; cliff edges above 100% are drawn at the top)
        StringBuilder ratePath = new StringBuilder();
        for (MarginalRate r : sweep.marginalRates()) {
            double level = rate.at(Math.max(0, Math.min(1, r.rate().doubleValue())));
            ratePath.append(" M").append(fmt(x.at(xValue.apply(points.get(r.from()))))).append(',').append(fmt(level))
                    .append(" L").append(fmt(x.at(xValue.apply(points.get(r.to()))))).append(',').append(fmt(level));
        }
        if (ratePath.length() > 0) {
            svg.append("<path d=\"").append(ratePath.toString().trim()).append("\" fill=\"none\" stroke=\"").append(RATE_COLOUR)
                    .append("\" stroke-width=\"2.5\" stroke-dasharray=\"8 4\"/>\n");
        }
        for (int percent = 0; percent <= 100; percent += 25) {
            svg.append(text(RIGHT + 8, rate.at(percent / 100.0) + 5, "start", "normal", 13, percent + "%"));
        }
        svg.append(text(WIDTH - 12, (TOP + BOTTOM) / 2.0, "middle", "normal", 13, words.text("chart.axis.rate"), 90));

        // the pay axis
        int xStep = niceStep(xMax - xMin);
        for (double v = Math.ceil(xMin / xStep) * xStep; v <= xMax + 1e-9; v += xStep) {
            svg.append(line(x.at(v), BOTTOM, x.at(v), BOTTOM + 6, "#0b0c0c", 1, null));
            String label = byHours ? fmtNumber(v) : gbp(BigDecimal.valueOf(v)).replace(".00", "");
            svg.append(text(x.at(v), BOTTOM + 22, "middle", "normal", 13, label));
        }
        String xTitle = byHours ? words.textFor("chart.axis.hours", you, words.money(sweep.hourlyWage())) : words.text("chart.axis.pay");
        svg.append(text((LEFT + RIGHT) / 2.0, BOTTOM + 44, "middle", "normal", 14, xTitle));

        svg.append(legend(words));
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Two columns: the areas, then the two lines on a row of their own. */
    private static String legend(BetterOffWords words) {
        List<Layer> layers = new ArrayList<>(ABOVE);
        layers.add(TAX);
        StringBuilder legend = new StringBuilder();
        for (int i = 0; i < layers.size(); i++) {
            double lx = LEFT + (i % 2) * LEGEND_COLUMN;
            double ly = legendRow(i / 2);
            legend.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"14\" height=\"14\" fill=\"%s\"/>%n",
                    fmt(lx), fmt(ly - 11), layers.get(i).colour()));
            legend.append(text(lx + 20, ly, "start", "normal", 13, words.text(layers.get(i).name())));
        }
        double ly = legendRow((layers.size() + 1) / 2);
        legend.append(line(LEFT, ly - 4, LEFT + 14, ly - 4, NET_COLOUR, 3, null));
        legend.append(text(LEFT + 20, ly, "start", "normal", 13, words.text("heading.net")));
        legend.append(line(LEFT + LEGEND_COLUMN, ly - 4, LEFT + LEGEND_COLUMN + 14, ly - 4, RATE_COLOUR, 2.5, "8 4"));
        legend.append(text(LEFT + LEGEND_COLUMN + 20, ly, "start", "normal", 13, words.text("chart.legend.rate")));
        return legend.toString();
    }

    private static double legendRow(int row) {
        return BOTTOM + 72 + row * 22;
    }

    private static String area(List<SweepPoint> points, Function<SweepPoint, Double> xValue, Scale x, Scale y,
                               double[] lower, double[] upper, String colour) {
        StringBuilder polygon = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            polygon.append(fmt(x.at(xValue.apply(points.get(i))))).append(',').append(fmt(y.at(upper[i]))).append(' ');
        }
        for (int i = points.size() - 1; i >= 0; i--) {
            polygon.append(fmt(x.at(xValue.apply(points.get(i))))).append(',').append(fmt(y.at(lower[i]))).append(' ');
        }
        return "<polygon points=\"" + polygon.toString().trim() + "\" fill=\"" + colour + "\"/>\n";
    }

    private record Scale(double from, double to, double start, double end) {
        double at(double value) {
            return start + (value - from) / (to - from) * (end - start);
        }
    }

    private static double stackTop(SweepPoint p) {
        return ABOVE.stream().mapToDouble(layer -> Math.max(0, layer.amount().applyAsDouble(p))).sum();
    }

    private static double net(SweepPoint p) {
        return p.netIncome() == null ? 0 : p.netIncome().doubleValue();
    }

    /** The smallest round step that needs no more than {@link #MAX_TICKS} ticks. */
    private static int niceStep(double span) {
        for (int step : NICE_STEPS) {
            if (span / step <= MAX_TICKS) {
                return step;
            }
        }
        return NICE_STEPS[NICE_STEPS.length - 1] * (int) Math.ceil(span / NICE_STEPS[NICE_STEPS.length - 1] / MAX_TICKS);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width, String dashes) {
        return String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>%n",
                fmt(x1), fmt(y1), fmt(x2), fmt(y2), colour, fmt(width),
                dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"");
    }

    private static String text(double x, double y, String anchor, String weight, int size, String content) {
        return String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" font-weight=\"%s\" font-size=\"%d\" fill=\"#0b0c0c\">%s</text>%n",
                fmt(x), fmt(y), anchor, weight, size, escape(content));
    }

    private static String text(double x, double y, String anchor, String weight, int size, String content, int rotate) {
        return String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" font-weight=\"%s\" font-size=\"%d\" fill=\"#0b0c0c\" "
                + "transform=\"rotate(%d %s %s)\">%s</text>%n", fmt(x), fmt(y), anchor, weight, size, rotate, fmt(x), fmt(y),
                escape(content));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String fmtNumber(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
