package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/** A claimant's or partner's income tax for the year (derived by income_tax.drl). */
public record IncomeTaxDue(String memberId, BigDecimal yearly) {
}
