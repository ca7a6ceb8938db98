package org.triagegateway.sharing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A share, or the notice that consent to it was withdrawn, waiting to be delivered to its
 * agency's webhook, or delivered.
 */
@MappedEntity("share_outbox")
public record OutboxEntry(
        @Id @GeneratedValue @Nullable Long id,
        UUID shareId,
        Agency agency,
        UUID idempotencyKey,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Instant deliveredAt,
        @Nullable String lastError,
        Instant createdAt,
        Kind kind) {

    /** A share; a notice that consent to decide claims was withdrawn; a notice that consent to see evidence was. */
    public enum Kind { SHARE, WITHDRAWN, EVIDENCE_WITHDRAWN }
}
