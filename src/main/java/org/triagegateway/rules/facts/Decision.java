package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/**
 * A benefit's outcome: the rules insert exactly one per assessed benefit. {@code reason} says why
 * when it is not an unmet condition of entitlement (those are {@link Ineligibility} facts).
 */
public record Decision(String benefit, Status status, BigDecimal amount, String reason) {

    /** CALCULATED is for a tax or contribution: worked out, not an entitlement. */
    public enum Status {
        ELIGIBLE, NOT_ELIGIBLE, POSSIBLY_ELIGIBLE, CALCULATED, NOT_ASSESSED;

        /** How the staff pages and documents say it, in English. */
        public String label() {
            return switch (this) {
                case ELIGIBLE -> "Eligible";
                case POSSIBLY_ELIGIBLE -> "Possibly eligible";
                case NOT_ELIGIBLE -> "Not eligible";
                case CALCULATED -> "Worked out";
                case NOT_ASSESSED -> "Not assessed";
            };
        }

        /** Eligible or possibly so: the benefit may be paid. */
        public boolean due() {
            return this == ELIGIBLE || this == POSSIBLY_ELIGIBLE;
        }
    }
}
