package org.triagegateway.rules.facts;

/**
 * A single claimant over State Pension age, or a couple both over it: the households that claim
 * Pension Credit and pension-age Housing Benefit rather than Universal Credit (derived by the shared rules).
 */
public record PensionAgeHousehold(boolean couple) {
}
