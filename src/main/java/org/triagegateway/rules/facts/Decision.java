package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/** A benefit's outcome: the rules insert exactly one per assessed benefit. */
public record Decision(String benefit, Status status, BigDecimal amount) {

    public enum Status { ELIGIBLE, NOT_ELIGIBLE, POSSIBLY_ELIGIBLE, NOT_ASSESSED }
}
