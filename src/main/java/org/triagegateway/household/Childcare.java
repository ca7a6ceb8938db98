package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** Registered childcare the household pays for. */
@Introspected
@Schema(description = "Registered childcare the household pays for.")
public record Childcare(@NotNull @Money BigDecimal cost, @NotNull Frequency frequency) {
}
