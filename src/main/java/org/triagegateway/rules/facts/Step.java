package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/**
 * One line of a benefit's explanation: what was decided, by which provision, and the figure it
 * produced if any. Stages put the lines in the order an adviser would explain them; within a stage
 * they follow the order of the rules that made them (see {@code StepOrigins}).
 *
 * <p>A step's key, which worked cases and tools match on, comes from the rule that inserted it and
 * the person it is about, never from its text (ADR 0007). {@code name} is needed only where one
 * firing of a rule inserts more than one step: each step after the first is {@link #named} in the
 * rule, shortly and for good ("earnings", "note"), so that its key does not depend on which of the
 * others were inserted.
 */
public record Step(String benefit, Stage stage, String text, String legalReference, BigDecimal amount, String name) {

    public enum Stage { ELIGIBILITY, ALLOWANCE, ELEMENT, MAXIMUM_AMOUNT, INCOME, CAPITAL, DEDUCTION, AWARD, NOT_ASSESSED }

    public Step(String benefit, Stage stage, String text, String legalReference, BigDecimal amount) {
        this(benefit, stage, text, legalReference, amount, null);
    }

    public Step(String benefit, Stage stage, String text, String legalReference) {
        this(benefit, stage, text, legalReference, null, null);
    }

    /** This step with a name of its own among the steps one firing of its rule inserts. */
    public Step named(String name) {
        return new Step(benefit, stage, text, legalReference, amount, name);
    }
}
