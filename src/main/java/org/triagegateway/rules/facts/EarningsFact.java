package org.triagegateway.rules.facts;

import org.triagegateway.household.Earnings.Kind;
import org.triagegateway.household.Frequency;

import java.math.BigDecimal;

/** One source of earnings of one person. */
public record EarningsFact(String memberId, Kind kind, Frequency frequency, BigDecimal gross, BigDecimal takeHome) {
}
