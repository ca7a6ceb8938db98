package org.triagegateway.sharing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A row of share: what one agency was sent about one household, when and by whom, under which
 * legal gateway, and where it is now.
 *
 * @param council the council it went to, by its ONS code; null for Jobcentre Plus (see {@link Recipient})
 * @param content the values and results sent, as JSON (ShareContent)
 * @param moreInformation what the agency asked the adviser for, when it sent the share back
 * @param withdrawnAt when the claimant withdrew consent: the agency no longer sees it
 * @param acknowledgedAt when the agency's own system said it has it (the exchange API)
 * @param updates the share this one follows, when the household changed after it was sent
 * @param checkedVersion the household version up to which the record was found unchanged for this agency
 * @param submission the share page's submission that made it: the same again finds this share, not a second
 */
@MappedEntity("share")
public record Share(
        @Id UUID id,
        String householdReference,
        Agency agency,
        @Nullable String council,
        String lawfulBasis,
        long householdVersion,
        UUID assessmentId,
        @ColumnTransformer(write = "CAST(? AS jsonb)") String content,
        ShareStatus status,
        String sentBy,
        Instant sentAt,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt,
        @Nullable String moreInformation,
        @Nullable Instant withdrawnAt,
        @Nullable Instant acknowledgedAt,
        @Nullable UUID updates,
        @Nullable Long checkedVersion,
        @Nullable UUID submission) {

    /** Empty for a share to the council made before each council was its own agency, whose council is not known. */
    public Optional<Recipient> recipient() {
        return Recipient.of(agency, council);
    }
}
