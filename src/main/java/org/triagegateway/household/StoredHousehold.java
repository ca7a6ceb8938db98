package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A household record as stored: its reference, its version (for optimistic locking) and the circumstances. */
@Introspected
@Schema(description = "A stored household record. Send its version back when you update it.")
public record StoredHousehold(
        @Schema(description = "Short reference, no personal data in it, e.g. K7M-P3Q-XRT") String reference,
        long version,
        Household household,
        Instant createdAt,
        Instant updatedAt) {
}
