package org.triagegateway.betteroff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The sweep's headline facts, in plain English and as figures. */
@Introspected
@Schema(description = "The headline facts of a sweep, as sentences and as figures.")
public record BetterOffSummary(
        @Schema(description = "Plain-English sentences, most important first.") List<String> sentences,
        @Schema(description = "How much better off a month (negative: worse off) at chosen points than at the first point.")
        List<Gain> betterOff,
        @Schema(description = "Where each benefit or kind of help stops within the range.") List<Stop> stops,
        @Nullable @Schema(description = "The stretch where the marginal deduction rate is highest.") MarginalRate highestRate) {

    @Introspected
    public record Gain(int point, @Nullable BigDecimal hoursPerWeek, BigDecimal grossPay, BigDecimal amount) {
    }

    @Introspected
    public record Stop(String benefit, String name, @Schema(description = "The first point without it.") int point,
                       @Nullable BigDecimal hoursPerWeek, BigDecimal grossPay) {
    }
}
