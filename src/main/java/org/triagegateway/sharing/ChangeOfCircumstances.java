package org.triagegateway.sharing;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.household.HouseholdReference;

/**
 * Sends the agencies an update when a household they were sent has since changed and been
 * assessed again (ShareService.sendUpdates). It looks every few seconds rather than being told,
 * so that nothing the kiosk or an adviser saves ever waits for, or fails because of, an update;
 * and an update not sent because the service stopped is sent when it starts again.
 */
@Singleton
public class ChangeOfCircumstances {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeOfCircumstances.class);
    private static final AuditTrail.Actor SYSTEM = new AuditTrail.Actor("change-of-circumstances", "System", null);

    private final ShareService shares;

    ChangeOfCircumstances(ShareService shares) {
        this.shares = shares;
    }

    @Scheduled(fixedDelay = "${triage.sharing.update-interval:10s}", initialDelay = "${triage.sharing.update-interval:10s}")
    void onSchedule() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("Looking for changes of circumstances failed: {}", e.toString());
        }
    }

    /** @return how many updates were sent */
    public int sendDue() {
        int sent = 0;
        for (HouseholdReference household : shares.changedSinceShared()) {
            try {
                sent += shares.sendUpdates(household, SYSTEM).size();
            } catch (RuntimeException e) {
                // one household's trouble is not every household's: it is tried again next time
                LOG.warn("Could not send the update for household {}: {}", household.display(), e.toString());
            }
        }
        return sent;
    }
}
