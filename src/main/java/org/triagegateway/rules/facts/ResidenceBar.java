package org.triagegateway.rules.facts;

/**
 * A benefit nobody in the claim can have for want of a right to reside, or because their permission
 * to stay has no recourse to public funds (rules/residence.drl). It decides the benefit whatever its
 * own rules worked out: no amount overcomes a condition of entitlement.
 */
public record ResidenceBar(String benefit, String reason) {
}
