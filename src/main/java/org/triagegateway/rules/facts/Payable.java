package org.triagegateway.rules.facts;

/**
 * A benefit that is certainly paid, at some amount, though the amount may still rise: decided as
 * eligible, or (Universal Credit) above nil with only questions open whose answers can add to it.
 * The help a benefit opens the door to (free school meals, Healthy Start, Cold Weather Payments,
 * Warm Home Discount...) reads this, not the benefit's status, so a question that can only raise the
 * award does not leave that help "possibly".
 */
public record Payable(String benefit) {
}
