package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/** The weekly Pension Credit worked out, once nothing is missing. */
public record PensionCreditAward(BigDecimal guaranteeCredit, BigDecimal savingsCredit) {
}
