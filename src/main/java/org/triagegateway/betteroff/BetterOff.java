package org.triagegateway.betteroff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.triagegateway.rules.BenefitResult.MissingFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What happens to a household's money as one adult earns more: each point's money a month, the
 * marginal deduction rate between points, the headline facts, the questions that would make the
 * estimates firm, and the assumptions made.
 */
@Introspected
@Schema(description = "A household's money a month as one adult earns more.")
public record BetterOff(
        LocalDate assessmentDate,
        String ruleBaseVersion,
        String parameterSetVersion,
        @Schema(description = "The id of the person whose pay changes.") String person,
        @Schema(description = "How the sentences and chart name that person: 'you' (the claimant) or 'your partner'.")
        String who,
        @Schema(description = "True for a sweep by hours a week, false for one by monthly pay.") boolean byHours,
        @Nullable @Schema(description = "The hourly wage used, for a sweep by hours.") BigDecimal hourlyWage,
        List<SweepPoint> points,
        List<MarginalRate> marginalRates,
        BetterOffSummary summary,
        @Schema(description = "Facts that would turn estimates into firm figures, for the benefits counted.")
        List<MissingFact> questions,
        @Schema(description = "How the sweep counts, in plain English.") List<String> assumptions) {
}
