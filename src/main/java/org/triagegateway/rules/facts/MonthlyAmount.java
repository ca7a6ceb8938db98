package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/**
 * A person's earnings or unearned income from one source ({@code kind} and {@code index}), as a
 * monthly figure (derived by the shared rules).
 */
public record MonthlyAmount(String memberId, String kind, int index, BigDecimal amount) {
}
