package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/** A person's earnings or unearned income of one kind, as a monthly figure (derived by the shared rules). */
public record MonthlyAmount(String memberId, String kind, BigDecimal amount) {
}
