package org.triagegateway.forms;

import io.micronaut.core.annotation.Nullable;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.triagegateway.assessment.StoredAssessment;
import org.triagegateway.betteroff.BetterOff;
import org.triagegateway.betteroff.SweepPoint;
import org.triagegateway.household.Person;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.rules.BenefitResult;
import org.triagegateway.rules.BenefitResult.MissingFact;
import org.triagegateway.rules.Pounds;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The assessment summary an adviser gives the claimant or keeps on file: every benefit with its
 * amount, how it was worked out with the legal reference of each step, what to bring, what is
 * still to ask, and how the household's money changes with work.
 */
public final class AssessmentSummaryPdf {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Color LINE = new Color(0x1d, 0x70, 0xb8);
    private static final float CHART_HEIGHT = 190;

    private AssessmentSummaryPdf() {
    }

    /**
     * @param betterOff the sweep of the claimant's hours, or null when they are over State Pension age
     */
    public static byte[] of(StoredHousehold household, StoredAssessment assessment, @Nullable BetterOff betterOff,
                            String preparedBy, LocalDate today) {
        String title = "Benefits assessment summary, household " + household.reference();
        try (PdfPages pdf = new PdfPages(title, "Triage Gateway · household " + household.reference()
                + " · assessed " + DATE.format(assessment.result().assessmentDate()))) {
            pdf.heading("Benefits assessment summary", 20);
            pdf.row("Household reference", household.reference());
            pdf.row("Assessed for", DATE.format(assessment.result().assessmentDate()) + ", record version "
                    + assessment.householdVersion());
            pdf.row("Prepared by", preparedBy + " on " + DATE.format(today));
            pdf.small("These are estimates from the circumstances we were told. The agency that pays each benefit "
                    + "decides the claim, and may ask for evidence.", 0);

            pdf.heading("Who lives here", 14);
            for (Person person : household.household().people()) {
                pdf.row(who(person), "Born " + DATE.format(person.dateOfBirth()) + " (age "
                        + Period.between(person.dateOfBirth(), today).getYears() + ")");
            }

            List<BenefitResult> benefits = assessment.result().benefits();
            pdf.heading("Results", 14);
            for (BenefitResult result : benefits) {
                pdf.row(result.name(), result.status().label() + amount(result).map(a -> ": " + a).orElse("")
                        + ". Who pays: " + result.agency() + ".");
            }

            Map<String, MissingFact> toAsk = new LinkedHashMap<>();
            benefits.forEach(r -> r.questions().forEach(q -> toAsk.putIfAbsent(q.fact(), q)));
            if (!toAsk.isEmpty()) {
                pdf.heading("Still to find out", 14);
                pdf.paragraph("The answers to these would make the estimates firm:");
                for (MissingFact fact : toAsk.values()) {
                    pdf.bullet(fact.question());
                }
            }

            if (betterOff != null) {
                chart(pdf, betterOff);
            }

            for (BenefitResult result : benefits) {
                if (result.steps().isEmpty() && result.reasons().isEmpty() && result.evidence().isEmpty()) {
                    continue;
                }
                pdf.heading(result.name(), 13);
                pdf.paragraph(result.status().label() + amount(result).map(a -> ": " + a).orElse("") + ".");
                for (String reason : result.reasons()) {
                    pdf.bullet(reason);
                }
                if (!result.steps().isEmpty()) {
                    pdf.heading("How this was worked out", 10.5f);
                    int n = 1;
                    for (BenefitResult.Explanation step : result.steps()) {
                        pdf.item(n++ + ".", step.text());
                        pdf.small(step.legalReference(), PdfPages.INDENT);
                    }
                }
                if (!result.evidence().isEmpty()) {
                    pdf.heading("What to bring", 10.5f);
                    for (String evidence : result.evidence()) {
                        pdf.bullet(evidence);
                    }
                }
            }
            return pdf.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static java.util.Optional<String> amount(BenefitResult result) {
        return result.amount() == null || result.amount().signum() <= 0 ? java.util.Optional.empty()
                : java.util.Optional.of(Pounds.gbp(result.amount()) + " a " + result.period());
    }

    static String who(Person person) {
        String role = switch (person.role()) {
            case CLAIMANT -> "Claimant";
            case PARTNER -> "Partner";
            case CHILD -> "Child";
            case OTHER_ADULT -> "Other adult";
        };
        return person.name() == null || person.name().isBlank() ? role : person.name() + " (" + role.toLowerCase(Locale.UK) + ")";
    }

    /** Money a month after housing costs by hours a week: a line, with the figures beneath as a table. */
    private static void chart(PdfPages pdf, BetterOff sweep) throws IOException {
        List<SweepPoint> points = sweep.points().stream().filter(p -> p.netIncome() != null && p.hoursPerWeek() != null).toList();
        if (points.size() < 2) {
            return;
        }
        pdf.heading("Better off in work", 14);
        pdf.paragraph("The household's money a month after rent and childcare, if the claimant worked more hours"
                + (sweep.hourlyWage() == null ? "" : " at " + Pounds.gbp(sweep.hourlyWage()) + " an hour") + ".");
        float top = pdf.reserve(CHART_HEIGHT + 30);
        float left = PdfPages.MARGIN + 52;
        float width = PdfPages.WIDTH - 60;
        float bottom = top - CHART_HEIGHT;
        double maxHours = points.stream().mapToDouble(p -> p.hoursPerWeek().doubleValue()).max().orElse(1);
        double minMoney = Math.min(0, points.stream().mapToDouble(p -> p.netIncome().doubleValue()).min().orElse(0));
        double maxMoney = points.stream().mapToDouble(p -> p.netIncome().doubleValue()).max().orElse(1);
        double step = niceStep((maxMoney - minMoney) / 4);
        maxMoney = Math.ceil(maxMoney / step) * step;
        minMoney = Math.floor(minMoney / step) * step;

        PDPageContentStream canvas = pdf.canvas();
        canvas.setLineWidth(0.5f);
        for (double money = minMoney; money <= maxMoney + step / 2; money += step) {
            float y = (float) (bottom + (money - minMoney) / (maxMoney - minMoney) * CHART_HEIGHT);
            canvas.setStrokingColor(PdfPages.RULE);
            canvas.moveTo(left, y);
            canvas.lineTo(left + width, y);
            canvas.stroke();
            label(pdf, "£" + String.format(Locale.UK, "%,.0f", money), PdfPages.MARGIN, y - 3);
        }
        for (int hours = 0; hours <= maxHours; hours += 10) {
            float x = (float) (left + hours / maxHours * width);
            label(pdf, hours + "", x - 4, bottom - 14);
        }
        label(pdf, "Hours of work a week", left + width / 2 - 40, bottom - 26);
        canvas.setStrokingColor(LINE);
        canvas.setLineWidth(2);
        for (int i = 0; i < points.size(); i++) {
            SweepPoint p = points.get(i);
            float x = (float) (left + p.hoursPerWeek().doubleValue() / maxHours * width);
            float y = (float) (bottom + (p.netIncome().doubleValue() - minMoney) / (maxMoney - minMoney) * CHART_HEIGHT);
            if (i == 0) {
                canvas.moveTo(x, y);
            } else {
                canvas.lineTo(x, y);
            }
        }
        canvas.stroke();
        pdf.space(8);
        for (SweepPoint p : points) {
            if (p.hoursPerWeek().remainder(BigDecimal.TEN).signum() == 0 || p == points.get(points.size() - 1)) {
                pdf.row(p.hoursPerWeek().stripTrailingZeros().toPlainString() + " hours a week",
                        Pounds.gbp(p.netIncome()) + " a month (pay " + Pounds.gbp(p.grossPay()) + " before tax)");
            }
        }
    }

    private static void label(PdfPages pdf, String text, float x, float y) throws IOException {
        PDPageContentStream canvas = pdf.canvas();
        canvas.beginText();
        canvas.setFont(pdf.regular, 7.5f);
        canvas.setNonStrokingColor(PdfPages.SECONDARY);
        canvas.newLineAtOffset(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    private static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(rough, 1))));
        for (double nice : new double[]{1, 2, 2.5, 5, 10}) {
            if (nice * magnitude >= rough) {
                return nice * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
