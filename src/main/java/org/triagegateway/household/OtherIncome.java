package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** Income that is not earned: benefits, pensions, maintenance and the like. */
@Introspected
@Schema(description = "Income that is not from work.")
public record OtherIncome(
        @NotNull Type type,
        @NotNull Frequency frequency,
        @NotNull @Money BigDecimal amount) {

    public enum Type {
        CARERS_ALLOWANCE, NEW_STYLE_JSA, NEW_STYLE_ESA, STATE_PENSION, PRIVATE_PENSION, MATERNITY_ALLOWANCE,
        WIDOWED_PARENTS_ALLOWANCE, MAINTENANCE_FOR_ADULT, CHILD_MAINTENANCE, CHILD_BENEFIT, DISABILITY_BENEFIT, OTHER
    }
}
