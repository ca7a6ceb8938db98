package org.triagegateway.sharing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A row of consent: one agency, one purpose, as given by a person in the household.
 *
 * @param council for consent to share with the council, which council (ONS code): the home's, when it was given
 */
@MappedEntity("consent")
public record Consent(
        @Id UUID id,
        String householdReference,
        Agency agency,
        @Nullable String council,
        Purpose purpose,
        String givenBy,
        HowGiven howGiven,
        String covers,
        String recordedBy,
        Instant givenAt,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnBy,
        @Nullable HowGiven withdrawnHow) {

    /** Empty for consent to the council given before each council was its own agency, whose council is not known. */
    public Optional<Recipient> recipient() {
        return Recipient.of(agency, council);
    }

    public boolean active() {
        return withdrawnAt == null;
    }
}
