package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** Savings, investments or other capital (not the home the household lives in). */
@Introspected
@Schema(description = "Savings, investments or other capital; not the home the household lives in.")
public record CapitalHolding(@NotNull Type type, @NotNull @Money BigDecimal amount) {

    public enum Type { SAVINGS, INVESTMENTS, PROPERTY_NOT_LIVED_IN, OTHER }
}
