package org.triagegateway.sharing;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.household.HouseholdReference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends the updates an adviser left unsent (ShareService.sendUpdates), once the case has not
 * changed for a while: the adviser looks at what changed and sends it on purpose, but a change
 * of circumstances is never lost because nobody pressed the button. Waiting until the case is
 * quiet means a typo corrected a minute later never travels, and a visit's changes go as one
 * update per agency. It looks every few seconds rather than being told, so that nothing saved
 * ever waits for, or fails because of, an update; and one due while the service was stopped is
 * sent when it starts again.
 */
@Singleton
public class ChangeOfCircumstances {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeOfCircumstances.class);
    private static final AuditTrail.Actor SYSTEM = new AuditTrail.Actor("change-of-circumstances", "System", null);

    private final ShareService shares;
    private final Duration quietFor;
    private final Clock clock;

    ChangeOfCircumstances(ShareService shares, @Value("${triage.sharing.unsent-updates-go-after:1h}") Duration quietFor, Clock clock) {
        this.shares = shares;
        this.quietFor = quietFor;
        this.clock = clock;
    }

    /** How long a case must go unchanged before the updates nobody sent go by themselves. */
    public Duration quietFor() {
        return quietFor;
    }

    @Scheduled(fixedDelay = "${triage.sharing.update-interval:10s}", initialDelay = "${triage.sharing.update-interval:10s}")
    void onSchedule() {
        try {
            sendDue(Instant.now(clock).minus(quietFor));
        } catch (RuntimeException e) {
            LOG.warn("Looking for changes of circumstances failed: {}", e.toString());
        }
    }

    /**
     * @param quietSince send for households not changed since this moment
     * @return how many updates were sent
     */
    public int sendDue(Instant quietSince) {
        int sent = 0;
        for (HouseholdReference household : shares.changedSinceShared(quietSince)) {
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
