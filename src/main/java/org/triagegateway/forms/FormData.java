package org.triagegateway.forms;

import org.triagegateway.assessment.StoredAssessment;
import org.triagegateway.household.CapitalHolding;
import org.triagegateway.household.Earnings;
import org.triagegateway.household.FactLabels;
import org.triagegateway.household.Household;
import org.triagegateway.household.Housing;
import org.triagegateway.household.OtherIncome;
import org.triagegateway.household.Person;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.rules.BenefitResult;
import org.triagegateway.rules.Pounds;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.Consent;
import org.triagegateway.sharing.Purpose;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a claim form can be filled with, by name ("claimant.name", "housing.rent"), each value as
 * a form shows it. A mapping file names these; {@code forms/README.md} lists them. Anything
 * not known is left out, and its field stays blank for the claimant to fill in.
 */
final class FormData {

    /** Every name a mapping may use; "benefit.<id>" too, for each benefit the rules assess. */
    static final Set<String> NAMES = Set.of(
            "reference", "today", "adviser",
            "claimant.name", "claimant.dateOfBirth", "claimant.nationalInsuranceNumber", "claimant.earnings",
            "claimant.otherIncome", "claimant.disability",
            "partner.present", "partner.name", "partner.dateOfBirth", "partner.nationalInsuranceNumber",
            "partner.earnings", "partner.otherIncome",
            "children.count", "children", "otherAdults",
            "housing.tenure", "housing.rent", "housing.serviceCharges", "housing.council", "housing.councilTax",
            "housing.bedrooms", "capital", "childcare",
            "benefits.jobcentrePlus", "toAsk", "consent.council", "consent.jobcentrePlus");
    static final String BENEFIT = "benefit.";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private FormData() {
    }

    static Map<String, String> of(StoredHousehold stored, StoredAssessment assessment, List<Consent> consents, String adviser,
                                  LocalDate today) {
        Household household = stored.household();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("reference", stored.reference());
        data.put("today", date(today));
        data.put("adviser", adviser);
        Person claimant = household.people().stream().filter(p -> p.role() == Person.Role.CLAIMANT).findFirst().orElseThrow();
        person(data, "claimant", claimant);
        Optional<Person> partner = household.people().stream().filter(p -> p.role() == Person.Role.PARTNER).findFirst();
        data.put("partner.present", partner.isPresent() ? "Yes" : "No");
        partner.ifPresent(p -> person(data, "partner", p));
        List<Person> children = with(household, p -> p.role() == Person.Role.CHILD);
        data.put("children.count", String.valueOf(children.size()));
        put(data, "children", children.stream().map(FormData::bornOn).collect(Collectors.joining("; ")));
        put(data, "otherAdults", with(household, p -> p.role() == Person.Role.OTHER_ADULT).stream()
                .map(p -> bornOn(p) + (p.relationship() == null ? "" : ", " + FactLabels.choice(p.relationship()).toLowerCase(Locale.UK)))
                .collect(Collectors.joining("; ")));
        housing(data, household.housing());
        put(data, "capital", household.capital().isEmpty() ? null : household.capital().stream()
                .map(c -> FactLabels.choice(c.type()) + " " + Pounds.gbp(c.amount())).collect(Collectors.joining("; "))
                + "; in all " + Pounds.gbp(household.capital().stream().map(CapitalHolding::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        if (household.childcare() != null) {
            put(data, "childcare", Pounds.gbp(household.childcare().cost()) + " " + FactLabels.choice(household.childcare().frequency())
                    .toLowerCase(Locale.UK));
        }
        results(data, assessment.result().benefits());
        data.put("consent.council", consent(consents, Agency.COUNCIL));
        data.put("consent.jobcentrePlus", consent(consents, Agency.JOBCENTRE_PLUS));
        return data;
    }

    private static void person(Map<String, String> data, String who, Person person) {
        put(data, who + ".name", person.name());
        data.put(who + ".dateOfBirth", date(person.dateOfBirth()));
        put(data, who + ".nationalInsuranceNumber", person.nationalInsuranceNumber() == null ? null
                : person.nationalInsuranceNumber().replaceAll("(..)(..)(..)(..)(.)", "$1 $2 $3 $4 $5"));
        put(data, who + ".earnings", person.earnings().stream().map(FormData::earnings).collect(Collectors.joining("; ")));
        put(data, who + ".otherIncome", person.otherIncome().stream().map(FormData::income).collect(Collectors.joining("; ")));
        if (person.disability() != null && person.disability().benefit() != null) {
            put(data, who + ".disability", FactLabels.choice(person.disability().benefit()));
        }
    }

    private static String earnings(Earnings e) {
        List<String> parts = new ArrayList<>();
        parts.add(FactLabels.choice(e.kind()));
        if (e.gross() != null) {
            parts.add(Pounds.gbp(e.gross()) + " before tax");
        }
        if (e.takeHome() != null) {
            parts.add(Pounds.gbp(e.takeHome()) + " take-home");
        }
        parts.add(FactLabels.choice(e.frequency()).toLowerCase(Locale.UK));
        if (e.hoursPerWeek() != null) {
            parts.add(e.hoursPerWeek().stripTrailingZeros().toPlainString() + " hours a week");
        }
        return String.join(", ", parts);
    }

    private static String income(OtherIncome income) {
        return FactLabels.choice(income.type()) + " " + Pounds.gbp(income.amount()) + " "
                + FactLabels.choice(income.frequency()).toLowerCase(Locale.UK);
    }

    private static void housing(Map<String, String> data, Housing housing) {
        if (housing == null) {
            return;
        }
        data.put("housing.tenure", FactLabels.choice(housing.tenure()));
        if (housing.rent() != null) {
            put(data, "housing.rent", Pounds.gbp(housing.rent()) + (housing.rentFrequency() == null ? ""
                    : " " + FactLabels.choice(housing.rentFrequency()).toLowerCase(Locale.UK)));
        }
        if (housing.serviceCharges() != null) {
            put(data, "housing.serviceCharges", Pounds.gbp(housing.serviceCharges()));
        }
        put(data, "housing.council", housing.council());
        if (housing.councilTax() != null) {
            put(data, "housing.councilTax", Pounds.gbp(housing.councilTax()) + " a year");
        }
        if (housing.bedrooms() != null) {
            put(data, "housing.bedrooms", String.valueOf(housing.bedrooms()));
        }
    }

    private static void results(Map<String, String> data, List<BenefitResult> benefits) {
        Set<String> dwp = new LinkedHashSet<>();
        for (BenefitResult result : benefits) {
            String said = result.status().label() + AssessmentSummaryPdf.amount(result).map(a -> ", about " + a).orElse("");
            data.put(BENEFIT + result.benefit(), said);
            if (result.status().due() && result.agency().contains("Department for Work and Pensions")) {
                dwp.add(result.name() + ": " + said.toLowerCase(Locale.UK));
            }
        }
        put(data, "benefits.jobcentrePlus", String.join("; ", dwp));
        Set<String> toAsk = new LinkedHashSet<>();
        benefits.forEach(r -> r.questions().forEach(q -> toAsk.add(q.question())));
        put(data, "toAsk", String.join(" ", toAsk));
    }

    /** The consent a claim form rests on: to decide claims, never the one to see evidence, which may be newer. */
    private static String consent(List<Consent> consents, Agency agency) {
        return consents.stream().filter(c -> c.active() && c.agency() == agency && c.purpose() == Purpose.DECIDE_CLAIMS).findFirst()
                .map(c -> "Given by " + c.givenBy() + " on " + date(LocalDate.ofInstant(c.givenAt(), LONDON)) + " ("
                        + c.howGiven().label().toLowerCase(Locale.UK) + ") for " + c.purpose().label().toLowerCase(Locale.UK))
                .orElse("Not given");
    }

    private static List<Person> with(Household household, Predicate<Person> which) {
        return household.people().stream().filter(which).toList();
    }

    private static String bornOn(Person p) {
        return (p.name() == null || p.name().isBlank() ? "Name not given" : p.name()) + ", born " + date(p.dateOfBirth());
    }

    private static String date(LocalDate date) {
        return AssessmentSummaryPdf.DATE.format(date);
    }

    private static void put(Map<String, String> data, String name, String value) {
        if (value != null && !value.isBlank()) {
            data.put(name, value);
        }
    }
}
