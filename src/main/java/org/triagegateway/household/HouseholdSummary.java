package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A household in a list: no personal data. */
@Introspected
@Schema(description = "A household in a list: reference, version and dates only, no personal data.")
public record HouseholdSummary(String reference, long version, int people, Instant createdAt, Instant updatedAt) {
}
