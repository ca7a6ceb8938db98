package org.triagegateway.betteroff;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.triagegateway.household.Household;

/** A household given in the request, and whose pay to sweep. */
@Introspected
@Schema(description = "A household and whose pay to sweep.")
public record HouseholdSweep(@NotNull @Valid Household household, @NotNull @Valid SweepRequest sweep) {
}
