package org.triagegateway.kiosk;

import jakarta.inject.Singleton;
import org.triagegateway.betteroff.BetterOff;
import org.triagegateway.betteroff.BetterOffFigure;
import org.triagegateway.betteroff.EarningsSweep;
import org.triagegateway.betteroff.SweepRequest;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.Person;
import org.triagegateway.kiosk.KioskPages.BenefitCard;
import org.triagegateway.kiosk.KioskPages.ServiceCard;
import org.triagegateway.rules.BenefitResult;
import org.triagegateway.rules.BenefitResult.MissingFact;
import org.triagegateway.rules.Evaluation;
import org.triagegateway.rules.Pounds;
import org.triagegateway.rules.RulesEngine;
import org.triagegateway.rules.StatePensionAge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results page: each benefit with what it is worth, why, what to bring and who pays it,
 * grouped as "you could get", "ask an adviser about" and "not at the moment"; the better-off
 * chart for someone of working age; the reference to give an adviser.
 */
@Singleton
class KioskResults {

    private final KioskMessages messages;
    private final EarningsSweep sweep;
    private final RulesEngine rules;

    KioskResults(KioskMessages messages, EarningsSweep sweep, RulesEngine rules) {
        this.messages = messages;
        this.sweep = sweep;
        this.rules = rules;
    }

    /** @param betterOff the better-off figure worked out when the answers were confirmed, if any */
    KioskPages.ResultsPage page(KioskPages.Chrome chrome, KioskLanguage language, HouseholdReference reference,
                                Evaluation evaluation, String betterOff) {
        Locale locale = language.locale();
        List<BenefitCard> likely = new ArrayList<>();
        List<BenefitCard> possible = new ArrayList<>();
        List<BenefitCard> notNow = new ArrayList<>();
        for (BenefitResult result : evaluation.benefits()) {
            switch (result.status()) {
                case ELIGIBLE -> likely.add(card(result, locale));
                case POSSIBLY_ELIGIBLE, NOT_ASSESSED -> possible.add(card(result, locale));
                case NOT_ELIGIBLE -> notNow.add(card(result, locale));
                case CALCULATED -> {
                    // income tax and National Insurance: worked out for the other results, not something to claim
                }
            }
        }
        List<ServiceCard> services = evaluation.localServices().stream()
                .map(s -> new ServiceCard(s.name(), s.what(), s.phone(), s.website())).toList();
        String qr = ReferenceQrCode.svg(reference.display(), messages.text("results.qr", locale, reference.display()));
        return new KioskPages.ResultsPage(chrome, reference.display(), qr, likely, possible, notNow, services,
                betterOff, language != KioskLanguage.ENGLISH);
    }

    private BenefitCard card(BenefitResult result, Locale locale) {
        String amount = result.amount() == null || result.amount().signum() <= 0 ? null
                : messages.find("amount.per." + result.period().replace(' ', '_'), locale, Pounds.gbp(result.amount()))
                .orElse(Pounds.gbp(result.amount()));
        String reason = result.reasons().isEmpty() ? null : sentence(result.reasons().get(0));
        List<String> ask = result.questions().stream()
                .map(MissingFact::question).toList();
        return new BenefitCard(result.benefit(), messages.find("benefit." + result.benefit(), locale).orElse(result.name()),
                "status." + result.status().name(), amount, reason, result.evidence(),
                messages.find("agency." + result.benefit(), locale).orElse(result.agency()), ask);
    }

    /** The rules give reasons as clauses ("depends on Universal Credit"); alone on a page, each is a sentence. */
    private static String sentence(String reason) {
        return reason.isEmpty() ? reason : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }

    /**
     * How pay would change things, for a claimant below State Pension age (a sweep of their hours),
     * as an HTML figure; null past State Pension age. Worked out once, when the answers are confirmed.
     */
    String betterOff(Household household, Evaluation evaluation) {
        Person claimant = household.people().get(0);
        if (StatePensionAge.reached(claimant.dateOfBirth(), rules.parametersOn(evaluation.assessmentDate()))) {
            return null;
        }
        BetterOff result = sweep.sweep(household, SweepRequest.byHours(claimant.id()), evaluation.assessmentDate());
        return BetterOffFigure.html(result, "better-off");
    }
}
