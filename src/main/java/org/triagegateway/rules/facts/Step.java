package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/**
 * One line of a benefit's explanation: what was decided, by which provision, and the figure it
 * produced if any. Stages put the lines in the order an adviser would explain them;
 * within a stage they are sorted by text.
 */
public record Step(String benefit, Stage stage, String text, String legalReference, BigDecimal amount) {

    public enum Stage { ELIGIBILITY, ALLOWANCE, ELEMENT, MAXIMUM_AMOUNT, INCOME, CAPITAL, DEDUCTION, AWARD, NOT_ASSESSED }

    public Step(String benefit, Stage stage, String text, String legalReference) {
        this(benefit, stage, text, legalReference, null);
    }
}
