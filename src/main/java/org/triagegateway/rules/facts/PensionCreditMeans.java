package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/**
 * Pension Credit's weekly assessment of income (after disregards, with deemed income from capital)
 * and its additional amounts for severe disability and carers: pension-age Housing Benefit and
 * Council Tax Reduction take the same figures.
 */
public record PensionCreditMeans(BigDecimal income, BigDecimal additions) {
}
