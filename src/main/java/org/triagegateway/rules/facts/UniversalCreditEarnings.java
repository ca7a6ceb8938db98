package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/**
 * The earned income Universal Credit counts for the assessment period (claimant and partner,
 * after tax, National Insurance and pension contributions): free school meals, Healthy Start and
 * NHS help with health costs are tested on it.
 */
public record UniversalCreditEarnings(BigDecimal monthly) {
}
