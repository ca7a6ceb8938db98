package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/**
 * Another adult's gross weekly income from every source, and whether they work 16 hours or more:
 * what Housing Benefit's and Council Tax Reduction's non-dependant deductions go by (derived by the
 * shared rules once their pay and hours are known).
 */
public record NonDependantIncome(String memberId, BigDecimal weekly, boolean inRemunerativeWork) {
}
