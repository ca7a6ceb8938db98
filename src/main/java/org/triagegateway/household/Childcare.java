package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** Registered childcare the household pays for. */
@Introspected
@Schema(description = "Registered childcare the household pays for.")
public record Childcare(
        @NotNull @Money BigDecimal cost,
        @NotNull Frequency frequency,
        @Nullable @Min(1) @Max(20) @Schema(description = "How many children the childcare is for.") Integer children) {
}
