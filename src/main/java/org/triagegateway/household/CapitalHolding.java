package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** Savings, investments or other capital (not the home the household lives in). */
@Introspected
@Schema(description = "Savings, investments or other capital; not the home the household lives in.")
public record CapitalHolding(
        @NotNull Type type,
        @NotNull @Money BigDecimal amount,
        @Nullable @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "must be the id of a person in the household")
        @Schema(description = "The id of the person who owns it; leave out for the claimant's or a couple's joint capital.")
        String ownerId) {

    public enum Type { SAVINGS, INVESTMENTS, PROPERTY_NOT_LIVED_IN, OTHER }
}
