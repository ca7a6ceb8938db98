package org.triagegateway.rules.facts;

import org.triagegateway.household.Frequency;
import org.triagegateway.household.OtherIncome.Type;

import java.math.BigDecimal;

/**
 * One source of unearned income of one person; {@code index} tells two
 * identical ones apart, so both count.
 */
public record IncomeFact(String memberId, int index, Type type, Frequency frequency, BigDecimal amount) {
}
