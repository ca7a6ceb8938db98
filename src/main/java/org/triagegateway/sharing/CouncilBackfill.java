package org.triagegateway.sharing;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.location.Council;

import java.util.Optional;

/**
 * Names the council of shares and consents made before each council was its own agency (V14): a
 * share, the council of the home as it was shared; a consent, the council the home has been in all
 * along. A consent from a household whose home moved between councils names none, as it cannot be
 * told which council the person agreed to: they are asked again. Until then, and where the home's
 * council is not known, no council's officers or system see them.
 * Runs when the service starts, and does nothing once every one is named.
 */
@Singleton
class CouncilBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(CouncilBackfill.class);

    private final Shares shares;
    private final Consents consents;
    private final HouseholdService households;
    private final HouseholdCouncil councils;

    CouncilBackfill(Shares shares, Consents consents, HouseholdService households, HouseholdCouncil councils) {
        this.shares = shares;
        this.consents = consents;
        this.households = households;
        this.councils = councils;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            run();
        } catch (RuntimeException e) {
            // without its database the service still starts; the next start tries again
            LOG.error("Could not name the councils of earlier shares: {}", e.getMessage());
        }
    }

    /** @return how many shares and consents are left without a council, their home's council not being known */
    int run() {
        int unknown = 0;
        for (Share share : shares.withoutCouncil()) {
            HouseholdReference reference = HouseholdReference.of(share.householdReference());
            Optional<String> council = households.atVersion(reference, share.householdVersion()).flatMap(this::council);
            if (council.isPresent()) {
                shares.nameCouncil(share.id(), council.get());
            } else {
                unknown++;
            }
        }
        for (Consent consent : consents.withoutCouncil()) {
            Optional<String> council = councilAllAlong(HouseholdReference.of(consent.householdReference()));
            if (council.isPresent()) {
                consents.nameCouncil(consent.id(), council.get());
            } else {
                unknown++;
            }
        }
        if (unknown > 0) {
            LOG.warn("{} earlier shares or consents to the council have a home whose council is not known: no council sees them",
                    unknown);
        }
        return unknown;
    }

    /** The council of every version of the household, where it is one and the same. */
    private Optional<String> councilAllAlong(HouseholdReference reference) {
        long latest = households.get(reference).version();
        Optional<String> first = households.atVersion(reference, 1).flatMap(this::council);
        for (long version = 2; first.isPresent() && version <= latest; version++) {
            if (!households.atVersion(reference, version).flatMap(this::council).equals(first)) {
                return Optional.empty();
            }
        }
        return first;
    }

    private Optional<String> council(Household household) {
        return councils.of(household).map(Council::code);
    }
}
