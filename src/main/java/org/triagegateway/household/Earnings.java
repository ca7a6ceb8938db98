package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** Pay from one job or self-employment; for self-employment, "gross" is the profit before tax and National Insurance. */
@Introspected
@PayGiven
@Schema(description = "Pay from one job or self-employment, before and/or after deductions.")
public record Earnings(
        @NotNull Kind kind,
        @NotNull Frequency frequency,
        @Nullable @Money @Schema(description = "Gross pay per period, before tax, National Insurance and pension.")
        BigDecimal gross,
        @Nullable @Money @Schema(description = "Take-home pay per period: after tax, National Insurance and pension "
                + "contributions (for self-employment: profit after those).")
        BigDecimal takeHome,
        @Nullable @Money @Schema(description = "The worker's own pension contributions per period, taken from this pay.")
        BigDecimal pensionContributions,
        @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1)
        @Schema(description = "Hours worked in an average week (New Style JSA is only for work under 16 hours).")
        BigDecimal hoursPerWeek,
        @Nullable @Schema(description = "For self-employment: it is the main job, organised, developed, regular and run "
                + "for profit (gainful self-employment, UC Regulations 2013 reg 64).")
        Boolean gainfulSelfEmployment,
        @Nullable @Schema(description = "For gainful self-employment: in a start-up period, that is within 12 months of "
                + "the DWP first deciding it is gainful, with no minimum income floor applied to this trade before "
                + "(UC Regulations 2013 reg 63).")
        Boolean startUpPeriod,
        @Nullable @Money @Schema(description = "For self-employment: income tax and National Insurance paid to HMRC in "
                + "the assessment period for this trade (usually nothing but in January and July, when Self Assessment "
                + "payments fall due). Universal Credit takes off what is actually paid in the month "
                + "(UC Regulations 2013 reg 57(2)).")
        BigDecimal paidToHmrc) {

    public enum Kind { EMPLOYED, SELF_EMPLOYED }
}
