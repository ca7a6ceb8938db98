package org.triagegateway.rules;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.triagegateway.rules.facts.Decision.Status;
import org.triagegateway.household.Frequency;
import org.triagegateway.rules.facts.Step.Stage;

import java.math.BigDecimal;
import java.util.List;

/**
 * One benefit's result: the status, the amount per period (an estimate when possibly eligible),
 * each step of the working with its legal reference, the facts still needed, what to bring and
 * who pays it.
 */
@Introspected
public record BenefitResult(
        String benefit,
        String name,
        Status status,
        @Nullable BigDecimal amount,
        String period,
        String agency,
        List<String> reasons,
        List<Explanation> steps,
        List<MissingFact> questions,
        List<String> evidence) {

    /**
     * An amount as a month, for a benefit paid a week, a month or a year; null for one paid once, a
     * school day or a cold spell, which is no regular income.
     */
    @Nullable
    public static BigDecimal monthly(@Nullable BigDecimal amount, String period) {
        return amount == null ? null : switch (period) {
            case "month" -> amount;
            case "week" -> Pounds.monthly(amount, Frequency.WEEKLY);
            case "year" -> Pounds.monthly(amount, Frequency.YEARLY);
            default -> null;
        };
    }

    /** Empty lists are left out of stored JSON, so they read back as null: they mean none. */
    public BenefitResult {
        reasons = reasons == null ? List.of() : reasons;
        steps = steps == null ? List.of() : steps;
        questions = questions == null ? List.of() : questions;
        evidence = evidence == null ? List.of() : evidence;
    }

    /**
     * One step of the working. {@code key} names the step for matching and tools (worked cases, the
     * API), never for a person to read: the rule that made it, the person it is about and, where one
     * firing makes several steps, the step's own name (ADR 0007). It is null only in results stored
     * before steps had keys.
     */
    @Introspected
    public record Explanation(@Nullable String key, Stage stage, String text, String legalReference,
                              @Nullable BigDecimal amount) {
    }

    @Introspected
    public record MissingFact(String fact, String question) {
    }
}
