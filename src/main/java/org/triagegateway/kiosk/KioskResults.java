package org.triagegateway.kiosk;

import jakarta.inject.Singleton;
import org.triagegateway.betteroff.BetterOff;
import org.triagegateway.betteroff.BetterOffFigure;
import org.triagegateway.betteroff.BetterOffWords;
import org.triagegateway.betteroff.EarningsSweep;
import org.triagegateway.betteroff.SweepRequest;
import org.triagegateway.household.FactPath;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.Housing;
import org.triagegateway.household.OtherIncome;
import org.triagegateway.household.Person;
import org.triagegateway.kiosk.KioskPages.BenefitCard;
import org.triagegateway.kiosk.KioskPages.ServiceCard;
import org.triagegateway.kiosk.KioskPages.Text;
import org.triagegateway.questions.QuestionCatalogue;
import org.triagegateway.rules.BenefitResult;
import org.triagegateway.rules.Evaluation;
import org.triagegateway.rules.Pounds;
import org.triagegateway.rules.RulesEngine;
import org.triagegateway.rules.StatePensionAge;
import org.triagegateway.rules.facts.Decision.Status;
import org.triagegateway.web.Markup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The results page: each benefit with what it is worth, why, what to bring and who pays it,
 * grouped as "you could get", "ask an adviser about" and "not at the moment"; the better-off
 * chart for someone of working age; the reference to give an adviser.
 */
@Singleton
class KioskResults {

    private static final String UNIVERSAL_CREDIT = "universal_credit";
    /**
     * Taken off Universal Credit in full, but not yet in its figure. Carer's Allowance is not among them: where
     * the rules give it an amount, Universal Credit's working has already taken it off (carers_allowance.drl).
     */
    private static final java.util.Set<String> TAKEN_OFF_UNIVERSAL_CREDIT = java.util.Set.of("new_style_jsa", "new_style_esa");

    private final KioskMessages messages;
    private final EarningsSweep sweep;
    private final RulesEngine rules;
    private final RuleSentences sentences;

    private final QuestionCatalogue catalogue;

    KioskResults(KioskMessages messages, EarningsSweep sweep, RulesEngine rules, RuleSentences sentences,
                 QuestionCatalogue catalogue) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.sentences = sentences;
        this.sweep = sweep;
        this.rules = rules;
    }

    /** @param betterOff the better-off figure worked out when the answers were confirmed, if any */
    KioskPages.ResultsPage page(KioskPages.Chrome chrome, KioskLanguage language, HouseholdReference reference,
                                Household household, Evaluation evaluation, String betterOff) {
        Locale locale = language.locale();
        List<BenefitCard> likely = new ArrayList<>();
        List<BenefitCard> possible = new ArrayList<>();
        List<BenefitCard> notNow = new ArrayList<>();
        for (BenefitResult result : evaluation.benefits()) {
            switch (result.status()) {
                case ELIGIBLE -> likely.add(card(result, evaluation, household, language));
                case POSSIBLY_ELIGIBLE, NOT_ASSESSED -> possible.add(card(result, evaluation, household, language));
                case NOT_ELIGIBLE -> notNow.add(card(result, evaluation, household, language));
                case CALCULATED -> {
                    // income tax and National Insurance: worked out for the other results, not something to claim
                }
            }
        }
        Totals totals = totals(evaluation, household, locale, language);
        List<ServiceCard> services = evaluation.localServices().stream()
                .map(s -> new ServiceCard(s.name(), s.what(), s.phone(), s.website())).toList();
        String qr = ReferenceQrCode.svg(reference.display(), messages.text("results.qr", locale, reference.display()));
        return new KioskPages.ResultsPage(chrome, reference.display(), qr, totals, likely, possible, notNow, services,
                betterOff, !services.isEmpty() && language != KioskLanguage.ENGLISH);
    }

    /**
     * What the "could get" and the "might get" come to a month, each apart, a week as a month. Payments
     * once a year, once, or a cold spell at a time are named apart. Universal Credit takes New Style JSA
     * and ESA off in full (UC Regs 2013 reg 66(1)(b)), so together they come to the larger of the two:
     * what is sure in every case goes in "could get", and what more there may be in "might get".
     */
    Totals totals(Evaluation evaluation, Household household, Locale locale, KioskLanguage language) {
        BenefitResult universalCredit = evaluation.benefit(UNIVERSAL_CREDIT);
        List<BenefitResult> offset = takenOffCreditLater(evaluation, household);
        BigDecimal could = Pounds.zero();
        BigDecimal might = Pounds.zero();
        List<String> apart = new ArrayList<>();
        for (BenefitResult result : evaluation.benefits()) {
            if (result.benefit().equals(UNIVERSAL_CREDIT) || offset.contains(result)) {
                continue;
            }
            BigDecimal monthly = regular(result);
            if (monthly == null) {
                if (result.status().due() && result.amount() != null && result.amount().signum() > 0) {
                    apart.add(messages.find("benefit." + result.benefit(), locale).orElse(result.name()));
                }
            } else if (result.status() == Status.ELIGIBLE) {
                could = could.add(monthly);
            } else {
                might = might.add(monthly);
            }
        }
        BigDecimal credit = regular(universalCredit);
        BigDecimal sureOffset = sum(offset.stream().filter(r -> r.status() == Status.ELIGIBLE).toList());
        BigDecimal sure = credit != null && universalCredit.status() == Status.ELIGIBLE ? credit.max(sureOffset) : sureOffset;
        BigDecimal all = credit == null ? Pounds.zero() : credit.max(sum(offset));
        could = could.add(sure);
        might = might.add(all.subtract(sure).max(Pounds.zero()));
        return new Totals(could.signum() > 0 ? pounds(could, language) : null, might.signum() > 0 ? pounds(might, language) : null,
                String.join(", ", apart), leavesOutRent(universalCredit, household));
    }

    /**
     * New Style JSA and ESA due beside a Universal Credit figure that has not taken them off yet: it has
     * where they are recorded as income already (unearned_income_and_capital.drl), and then they count
     * as any other benefit, as Carer's Allowance always does (carers_allowance.drl).
     */
    private static List<BenefitResult> takenOffCreditLater(Evaluation evaluation, Household household) {
        boolean recorded = household.people().stream().flatMap(p -> p.otherIncome().stream())
                .anyMatch(income -> income.type() == OtherIncome.Type.NEW_STYLE_JSA || income.type() == OtherIncome.Type.NEW_STYLE_ESA);
        if (recorded || regular(evaluation.benefit(UNIVERSAL_CREDIT)) == null) {
            return List.of();
        }
        return evaluation.benefits().stream()
                .filter(r -> TAKEN_OFF_UNIVERSAL_CREDIT.contains(r.benefit()) && regular(r) != null).toList();
    }

    private static BigDecimal sum(List<BenefitResult> results) {
        return results.stream().map(KioskResults::regular).reduce(Pounds.zero(), BigDecimal::add);
    }

    /** A result a month where it is paid a week or a month; null where it is not due, or paid a year or once at a time. */
    private static BigDecimal regular(BenefitResult result) {
        boolean regular = result.period().equals("week") || result.period().equals("month");
        return result.status().due() && regular && result.amount() != null && result.amount().signum() > 0
                ? BenefitResult.monthly(result.amount(), result.period()) : null;
    }

    private static String pounds(BigDecimal amount, KioskLanguage language) {
        return language.rightToLeft() ? Markup.leftToRight(Pounds.gbp(amount)) : Pounds.gbp(amount);
    }

    /** The month's totals as shown ("£1,545.07"), null where nothing is in them; and what is paid apart from them. */
    record Totals(String could, String might, String apart, boolean rentLeftOut) {
    }

    /**
     * Universal Credit worked out while what decides the help with rent is still asked (the rent, the
     * area's Local Housing Allowance): its figure leaves the rent out, and says so beside it.
     */
    private static boolean leavesOutRent(BenefitResult result, Household household) {
        return result.benefit().equals(UNIVERSAL_CREDIT) && result.amount() != null && household.housing() != null
                && RENTED.contains(household.housing().tenure())
                && result.questions().stream().anyMatch(q -> DECIDE_THE_RENT.contains(q.fact()));
    }

    private static final java.util.Set<Housing.Tenure> RENTED = java.util.EnumSet.of(Housing.Tenure.SOCIAL_RENT,
            Housing.Tenure.PRIVATE_RENT, Housing.Tenure.TEMPORARY_ACCOMMODATION, Housing.Tenure.SHARED_OWNERSHIP);
    private static final java.util.Set<String> DECIDE_THE_RENT = java.util.Set.of("housing", "housing.rent",
            "housing.rentFrequency", "housing.rentalArea", "housing.postcode");

    private BenefitCard card(BenefitResult result, Evaluation evaluation, Household household, KioskLanguage language) {
        Locale locale = language.locale();
        String pounds = result.amount() == null ? null : pounds(result.amount(), language);
        List<BenefitResult> offset = result.benefit().equals(UNIVERSAL_CREDIT) ? takenOffCreditLater(evaluation, household) : List.of();
        boolean withoutRent = leavesOutRent(result, household);
        // one period people understand, a month, with the week beside it where the benefit is paid weekly
        String amount = result.amount() == null || result.amount().signum() <= 0 ? null
                : result.period().equals("week")
                ? messages.text("amount.per.week.monthly", locale, pounds, pounds(BenefitResult.monthly(result.amount(), "week"), language))
                : !offset.isEmpty() ? creditAfter(result, offset, withoutRent, language)
                : withoutRent ? messages.text("amount.per.month.withoutRent", locale, pounds)
                : messages.find("amount.per." + result.period().replace(' ', '_'), locale, pounds).orElse(pounds);
        Text reason = result.reasons().isEmpty() ? null : capitalised(text(result.reasons().get(0), language));
        return new BenefitCard(result.benefit(), messages.find("benefit." + result.benefit(), locale).orElse(result.name()),
                "status." + result.status().name(), amount, reason,
                result.evidence().stream().map(e -> text(e, language)).toList(),
                messages.find("agency." + result.benefit(), locale).orElse(result.agency()),
                result.questions().stream().map(q -> ask(q, household, language)).distinct().toList());
    }

    /**
     * Universal Credit beside New Style JSA or ESA it has not taken off yet: what is left of it on top of
     * them (UC Regs 2013 reg 66(1)(b)), with the whole figure beside it, so the cards add up to the total.
     */
    private String creditAfter(BenefitResult credit, List<BenefitResult> offset, boolean withoutRent, KioskLanguage language) {
        Locale locale = language.locale();
        BigDecimal left = regular(credit).subtract(sum(offset)).max(Pounds.zero());
        String which = offset.stream().map(BenefitResult::benefit).distinct().count() > 1 ? "both" : offset.get(0).benefit();
        String names = messages.text("offset." + which, locale);
        String whole = pounds(regular(credit), language);
        if (left.signum() == 0) {
            return messages.text("amount.uc.nothingAfter", locale, pounds(left, language), whole, names);
        }
        return messages.text(withoutRent ? "amount.uc.after.withoutRent" : "amount.uc.after", locale, pounds(left, language), whole, names);
    }

    /**
     * What an adviser will ask, in the catalogue's words to the person ("Are you pregnant?"). A fact the
     * catalogue cannot put to this person (CatalogueAsksWhatTheRulesAskTest keeps that from happening) is
     * not shown in the rules' own sentence, which is written for staff, but as "other details".
     */
    private Text ask(BenefitResult.MissingFact fact, Household household, KioskLanguage language) {
        Locale locale = language.locale();
        Optional<FactPath> path = FactPath.parse(fact.fact());
        return catalogue.find(fact.fact()).flatMap(question -> path.flatMap(p -> {
            Person person = p.person(household).orElse(null);
            if (!question.about(person == null ? null : person.role())) {
                return Optional.empty();
            }
            Object[] args = KioskMessages.arguments(KioskFollowUps.arguments(person), locale);
            return messages.find(question.key(person == null ? null : person.role()) + ".title", locale, args);
        })).map(words -> new Text(words, null)).orElseGet(() -> new Text(messages.text("results.ask.other", locale), null));
    }

    /** A sentence of the rules in the session's language, or in English, marked so, where it has no translation. */
    private Text text(String english, KioskLanguage language) {
        return sentences.translate(english, language, word -> person(word, language.locale()))
                .map(translated -> new Text(translated, null))
                .orElseGet(() -> new Text(english, language == KioskLanguage.ENGLISH ? null : "en"));
    }

    /** The rules name people by their ids in the household the kiosk wrote: "claimant", "partner", "child2". */
    private String person(String id, Locale locale) {
        if (id.equals(KioskHousehold.CLAIMANT) || id.equals(KioskHousehold.PARTNER_ID)) {
            return messages.text("person." + id, locale);
        }
        if (id.matches(KioskHousehold.CHILD_ID + "\\d+")) {
            return messages.text("person.child", locale, id.substring(KioskHousehold.CHILD_ID.length()));
        }
        if (id.matches(KioskHousehold.ADULT_ID + "\\d+")) {
            return messages.text("person.adult", locale, id.substring(KioskHousehold.ADULT_ID.length()));
        }
        return id;
    }

    /** The rules give reasons as clauses ("depends on Universal Credit"); alone on a page, each is a sentence. */
    private static Text capitalised(Text reason) {
        String value = reason.value();
        return value.isEmpty() ? reason : new Text(Character.toUpperCase(value.charAt(0)) + value.substring(1), reason.lang());
    }

    /**
     * How pay would change things, for a claimant below State Pension age (a sweep of their hours),
     * as an HTML figure; null past State Pension age. Worked out once, when the answers are confirmed.
     */
    String betterOff(Household household, Evaluation evaluation, KioskLanguage language) {
        Person claimant = household.people().get(0);
        if (StatePensionAge.reached(claimant.dateOfBirth(), rules.parametersOn(evaluation.assessmentDate()))) {
            return null;
        }
        Locale locale = language.locale();
        BetterOffWords words = BetterOffWords.in(locale, language.rightToLeft(), benefit -> messages.find("benefit." + benefit, locale));
        BetterOff result = sweep.sweep(household, SweepRequest.byHours(claimant.id()), evaluation.assessmentDate(), words);
        return BetterOffFigure.html(result, "better-off", words);
    }
}
