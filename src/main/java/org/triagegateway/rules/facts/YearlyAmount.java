package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/**
 * A person's gross taxable income from one source ({@code kind} and {@code index}) as a yearly
 * figure, the start of adjusted net income for tax charges (derived by the shared rules).
 */
public record YearlyAmount(String memberId, String kind, int index, BigDecimal amount) {
}
