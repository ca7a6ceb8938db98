package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/**
 * This person is entitled to Carer's Allowance, even if an overlapping benefit means none is paid:
 * the "underlying entitlement" that other benefits' carer amounts depend on. {@code weeklyPayable}
 * is what would be paid, which other benefits count as income.
 */
public record CarersAllowanceEntitlement(String memberId, BigDecimal weeklyPayable) {
}
