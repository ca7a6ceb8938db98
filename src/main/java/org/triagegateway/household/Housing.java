package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** Where the household lives and what it pays for it. */
@Introspected
@Schema(description = "Where the household lives and what it pays for it.")
public record Housing(
        @NotNull Tenure tenure,
        @Nullable @Money BigDecimal rent,
        @Nullable Frequency rentFrequency,
        @Nullable @Money BigDecimal serviceCharges,
        @Nullable @Schema(description = "The home is in Greater London (the benefit cap is higher there).")
        Boolean inGreaterLondon) {

    public enum Tenure { SOCIAL_RENT, PRIVATE_RENT, OWNER_OCCUPIER, SHARED_OWNERSHIP, RENT_FREE, TEMPORARY_ACCOMMODATION, SUPPORTED_HOUSING }

    public boolean paysRent() {
        return rent != null && rent.signum() > 0;
    }
}
