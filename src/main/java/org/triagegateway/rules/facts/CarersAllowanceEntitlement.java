package org.triagegateway.rules.facts;

/**
 * This person is entitled to Carer's Allowance, even if an overlapping benefit means none is paid:
 * the "underlying entitlement" that other benefits' carer amounts depend on.
 */
public record CarersAllowanceEntitlement(String memberId) {
}
