package org.triagegateway.staff;

import jakarta.inject.Singleton;
import org.triagegateway.assessment.StoredAssessment;
import org.triagegateway.betteroff.BetterOff;
import org.triagegateway.betteroff.EarningsSweep;
import org.triagegateway.betteroff.SweepRequest;
import org.triagegateway.household.Person;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.rules.RulesEngine;
import org.triagegateway.rules.StatePensionAge;

import java.time.LocalDate;
import java.util.Optional;

/** How pay would change things for a claimant below State Pension age: a sweep of their hours, on the assessment's date. */
@Singleton
class ClaimantSweep {

    private final EarningsSweep sweep;
    private final RulesEngine rules;

    ClaimantSweep(EarningsSweep sweep, RulesEngine rules) {
        this.sweep = sweep;
        this.rules = rules;
    }

    Optional<BetterOff> of(StoredHousehold stored, StoredAssessment assessment) {
        LocalDate date = assessment.result().assessmentDate();
        Person claimant = stored.household().people().stream().filter(p -> p.role() == Person.Role.CLAIMANT)
                .findFirst().orElseThrow();
        if (StatePensionAge.reached(claimant.dateOfBirth(), rules.parametersOn(date))) {
            return Optional.empty();
        }
        return Optional.of(sweep.sweep(stored.household(), SweepRequest.byHours(claimant.id()), date));
    }
}
