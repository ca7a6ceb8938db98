package org.triagegateway.sharing;

import jakarta.inject.Singleton;
import org.triagegateway.household.Household;
import org.triagegateway.household.Housing;
import org.triagegateway.location.Council;
import org.triagegateway.location.Locations;

import java.util.Optional;

/**
 * Which council a household's information goes to: the council of its home, as the record names it
 * (the home's postcode settles it, HomeLocation). Each council is its own agency (ADR 0009).
 */
@Singleton
public class HouseholdCouncil {

    private final Locations locations;

    HouseholdCouncil(Locations locations) {
        this.locations = locations;
    }

    public Optional<Council> of(Household household) {
        return Optional.ofNullable(household.housing()).map(Housing::council).flatMap(named -> locations.places().findCouncil(named));
    }

    /** Who sharing with this kind of agency reaches: Jobcentre Plus, or the home's council; empty where that is not known. */
    public Optional<Recipient> recipient(Household household, Agency agency) {
        return agency == Agency.JOBCENTRE_PLUS ? Optional.of(Recipient.JOBCENTRE_PLUS)
                : of(household).map(council -> Recipient.council(council.code()));
    }

    /** As staff read it: "Jobcentre Plus (DWP)", "the Luton council benefits office". */
    public String label(Recipient recipient) {
        return recipient.council() == null ? recipient.agency().label()
                : "the " + locations.places().council(recipient.council()).map(Council::name).orElse(recipient.council())
                + " council benefits office";
    }
}
