package org.triagegateway.betteroff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.triagegateway.rules.facts.Decision.Status;

import java.math.BigDecimal;

/** One benefit's result at one point of a sweep, and its amount as a monthly figure. */
@Introspected
public record BenefitAtPoint(
        String benefit,
        Status status,
        @Nullable @Schema(description = "The amount per period, as a single assessment gives it (an estimate when possibly eligible).")
        BigDecimal amount,
        String period,
        @Nullable @Schema(description = "The amount a month: weekly x 52 / 12, yearly / 12, rounded to the penny.")
        BigDecimal monthly,
        @Schema(description = "Counted in net income: money the household gets, not already recorded as its income.")
        boolean counted) {

    /**
     * Received at this point. Money counted in net income is received while its amount a month is
     * above zero; other help (and money not counted, such as New Style JSA) while it is due or
     * possibly due.
     */
    boolean received(boolean money) {
        return money ? countedMonthly().signum() > 0 : status.due();
    }

    /** Known to have ended here: not eligible, or due at nothing (not "possibly, amount unknown"). */
    boolean ended() {
        return status == Status.NOT_ELIGIBLE || amount != null && amount.signum() == 0;
    }

    BigDecimal countedMonthly() {
        return counted && monthly != null ? monthly : BigDecimal.ZERO;
    }
}
