package org.triagegateway.rules.facts;

/** A benefit that is possibly paid and not yet {@link Payable}: the help it opens waits on it. */
public record Unsettled(String benefit) {
}
