package org.triagegateway.rules.facts;

import org.triagegateway.household.Earnings.Kind;
import org.triagegateway.household.Frequency;

import java.math.BigDecimal;

/**
 * One source of earnings of one person; {@code index} tells two
 * identical ones apart, so both count.
 */
public record EarningsFact(String memberId, int index, Kind kind, Frequency frequency, BigDecimal gross, BigDecimal takeHome,
                           BigDecimal pensionContributions, BigDecimal hoursPerWeek, Boolean gainfulSelfEmployment,
                           Boolean startUpPeriod, BigDecimal paidToHmrc) {
}
