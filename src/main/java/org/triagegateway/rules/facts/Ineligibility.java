package org.triagegateway.rules.facts;

/** A condition of entitlement the household does not meet. */
public record Ineligibility(String benefit, String reason) {
}
