package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/**
 * A claimant's or partner's income for the year before tax (their adjusted net income, as far as
 * the household record tells) and the income tax on it (derived by income_tax.drl).
 */
public record IncomeTaxDue(String memberId, BigDecimal income, BigDecimal yearly) {
}
