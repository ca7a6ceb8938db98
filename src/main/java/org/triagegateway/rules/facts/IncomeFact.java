package org.triagegateway.rules.facts;

import org.triagegateway.household.Frequency;
import org.triagegateway.household.OtherIncome.Type;

import java.math.BigDecimal;

/** One source of unearned income of one person. */
public record IncomeFact(String memberId, Type type, Frequency frequency, BigDecimal amount) {
}
