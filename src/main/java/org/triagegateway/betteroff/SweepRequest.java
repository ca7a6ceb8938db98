package org.triagegateway.betteroff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.triagegateway.household.Money;

import java.math.BigDecimal;

/**
 * Whose pay to sweep, and how: by hours a week at an hourly wage (the default: from 0 to 37.5
 * hours in half hours at the National Living Wage for the person's age), or by monthly pay.
 */
@Introspected
@Schema(description = "Whose pay to sweep, and over what range. Give the monthly fields to sweep by monthly pay; "
        + "otherwise the sweep is by hours a week.")
public record SweepRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "must be the id of a person in the household")
        @Schema(description = "The id of the adult whose pay changes, e.g. 'claimant'.")
        String person,
        @Nullable @DecimalMin("1.00") @DecimalMax("1000.00") @Digits(integer = 4, fraction = 2)
        @Schema(description = "Pay an hour; the National Living Wage (or minimum wage for the person's age) if left out.")
        BigDecimal hourlyWage,
        @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1) BigDecimal fromHours,
        @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1) BigDecimal toHours,
        @Nullable @DecimalMin("0.1") @DecimalMax("100") @Digits(integer = 3, fraction = 1) BigDecimal stepHours,
        @Nullable @Money @Schema(description = "Sweep by monthly gross pay, from this amount.") BigDecimal fromMonthly,
        @Nullable @Money BigDecimal toMonthly,
        @Nullable @Money @DecimalMin("1.00") BigDecimal stepMonthly,
        @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1)
        @Schema(description = "For a sweep by monthly pay: the hours a week worked at every point, if known.")
        BigDecimal hoursPerWeek) {

    public static SweepRequest byHours(String person) {
        return new SweepRequest(person, null, null, null, null, null, null, null, null);
    }

    boolean byMonth() {
        return fromMonthly != null || toMonthly != null || stepMonthly != null;
    }
}
