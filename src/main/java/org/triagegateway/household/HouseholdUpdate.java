package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A change to a household: the whole new record and the version it was based on. */
@Introspected
@Schema(description = "The new household record and the version you read before changing it.")
public record HouseholdUpdate(@NotNull @Positive Long version, @NotNull @Valid Household household) {
}
