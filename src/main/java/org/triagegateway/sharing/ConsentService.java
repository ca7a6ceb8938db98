package org.triagegateway.sharing;

import jakarta.inject.Singleton;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Consent to share, per agency and purpose: recorded by a member of staff with what it covers,
 * withdrawable at any time. Nothing may be shared without an active one (issue 8's shares ask
 * {@link #allows}).
 */
@Singleton
public class ConsentService {

    private final Consents consents;
    private final HouseholdService households;
    private final Clock clock;

    ConsentService(Consents consents, HouseholdService households, Clock clock) {
        this.consents = consents;
        this.households = households;
        this.clock = clock;
    }

    /** @param givenBy the person in the household who gave it, by name or role */
    public Consent record(HouseholdReference household, Agency agency, Purpose purpose, String givenBy, HowGiven how,
                          String recordedBy) {
        households.get(household);
        return consents.save(new Consent(UUID.randomUUID(), household.value(), agency, purpose, givenBy, how,
                purpose.covers(), recordedBy, clock.instant().truncatedTo(ChronoUnit.MICROS), null, null));
    }

    /** Newest first, withdrawn ones included. */
    public List<Consent> of(HouseholdReference household) {
        return consents.findByHouseholdReferenceOrderByGivenAtDesc(household.value());
    }

    /** @return whether it was active and is now withdrawn */
    public boolean withdraw(HouseholdReference household, UUID id, String withdrawnBy) {
        return consents.findById(id).filter(c -> c.householdReference().equals(household.value()))
                .map(c -> consents.withdraw(id, clock.instant().truncatedTo(ChronoUnit.MICROS), withdrawnBy) == 1)
                .orElse(false);
    }

    public boolean allows(HouseholdReference household, Agency agency, Purpose purpose) {
        return of(household).stream().anyMatch(c -> c.active() && c.agency() == agency && c.purpose() == purpose);
    }
}
