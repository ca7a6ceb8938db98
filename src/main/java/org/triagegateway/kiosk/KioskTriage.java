package org.triagegateway.kiosk;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.triagegateway.assessment.AssessmentService;
import org.triagegateway.assessment.StoredAssessment;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.StoredHousehold;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns confirmed answers into a household record, through the same service and the same
 * validation as every other channel, and assesses it.
 */
@Singleton
class KioskTriage {

    /** Who made a version from the kiosk, as staff see it in the record's history. */
    private static final String AT_THE_KIOSK = "The person, at the kiosk";

    private final HouseholdService households;
    private final AssessmentService assessments;
    private final KioskSessionService sessions;
    private final KioskResults results;
    private final Validator validator;
    private final KioskJourney journey;

    KioskTriage(HouseholdService households, AssessmentService assessments, KioskSessionService sessions,
                KioskResults results, Validator validator, KioskJourney journey) {
        this.journey = journey;
        this.households = households;
        this.assessments = assessments;
        this.sessions = sessions;
        this.results = results;
        this.validator = validator;
    }

    /**
     * Writes the household (a new version if this session confirmed before and an answer has
     * changed since) and assesses it, all or nothing. The session row is locked first, so pressing
     * the button twice makes one record, not two.
     */
    @Transactional
    void confirm(KioskSession unlocked) {
        KioskSession session = sessions.lock(unlocked).orElseThrow(() -> new IllegalStateException("The session has ended"));
        if (session.confirmed()) {
            return;
        }
        Household household = journey.household(session.answers());
        Set<ConstraintViolation<Household>> violations = validator.validate(household);
        if (!violations.isEmpty()) {
            // The questions check every answer, so this is a fault in the kiosk, not in what the person typed.
            throw new IllegalStateException("The kiosk built an invalid household: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
        }
        StoredHousehold stored = session.householdReference() != null
                ? update(HouseholdReference.of(session.householdReference()), household)
                : households.create(household, AT_THE_KIOSK);
        HouseholdReference reference = HouseholdReference.of(stored.reference());
        StoredAssessment assessment = assessments.assessAndStore(reference, null);
        sessions.saveResult(session, reference.value(), assessment.id(), results.betterOff(household, assessment.result(), KioskLanguage.of(session.language())));
    }

    private StoredHousehold update(HouseholdReference reference, Household household) {
        return households.update(reference, households.get(reference).version(), household, AT_THE_KIOSK);
    }

    KioskPages.ResultsPage results(KioskSession session, KioskPages.Chrome chrome) {
        HouseholdReference reference = HouseholdReference.of(session.householdReference());
        StoredAssessment assessment = assessments.get(reference, session.assessmentId().toString());
        return results.page(chrome, KioskLanguage.of(session.language()), reference, households.get(reference).household(),
                assessment.result(), session.betterOff());
    }
}
