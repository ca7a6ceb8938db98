package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

/** Disability facts: the benefits a person gets and what a work capability assessment found. */
@Introspected
@Schema(description = "Disability facts for one person.")
public record Disability(
        @Nullable DisabilityBenefit benefit,
        @Nullable @Schema(description = "Certified as severely sight impaired or blind by a consultant ophthalmologist.")
        Boolean certifiedBlind,
        @Nullable WorkCapability workCapability,
        @Nullable @PastOrPresent
        @Schema(description = "When the limited capability for work and work-related activity began (for the 2026 rules).")
        LocalDate workCapabilitySince,
        @Nullable @Schema(description = "Meets the severe conditions criteria.")
        Boolean severeConditions,
        @Nullable @Schema(description = "Terminally ill (expected to live 12 months or less).")
        Boolean terminallyIll) {

    /** The disability benefit a person receives, at the rate that matters to other benefits. */
    public enum DisabilityBenefit {
        NONE,
        DLA_CARE_HIGHEST, DLA_CARE_MIDDLE, DLA_CARE_LOWEST, DLA_MOBILITY_ONLY,
        PIP_DAILY_LIVING_ENHANCED, PIP_DAILY_LIVING_STANDARD, PIP_MOBILITY_ONLY,
        ADP_DAILY_LIVING_ENHANCED, ADP_DAILY_LIVING_STANDARD,
        ATTENDANCE_ALLOWANCE_HIGHER, ATTENDANCE_ALLOWANCE_LOWER
    }

    /** What a work capability assessment decided, if one has. */
    public enum WorkCapability { NOT_ASSESSED, FIT_FOR_WORK, LCW, LCWRA }
}
