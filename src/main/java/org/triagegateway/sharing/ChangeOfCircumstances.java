package org.triagegateway.sharing;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.triagegateway.assessment.HouseholdAssessed;
import org.triagegateway.audit.AuditTrail;

/**
 * When a household that was shared is assessed again after a change, the agencies that received
 * it are sent an update (ShareService.sendUpdates), in the same transaction as the assessment.
 */
@Singleton
class ChangeOfCircumstances {

    private static final AuditTrail.Actor SYSTEM = new AuditTrail.Actor("change-of-circumstances", "System", null);

    private final ShareService shares;

    ChangeOfCircumstances(ShareService shares) {
        this.shares = shares;
    }

    @EventListener
    void on(HouseholdAssessed assessed) {
        shares.sendUpdates(assessed.reference(), SYSTEM);
    }
}
