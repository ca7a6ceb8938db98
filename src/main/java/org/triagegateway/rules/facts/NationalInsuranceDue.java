package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/**
 * National Insurance on one source of earnings ({@code kind} and {@code index}) as a monthly and a
 * yearly figure (derived by national_insurance.drl).
 */
public record NationalInsuranceDue(String memberId, String kind, int index, BigDecimal monthly, BigDecimal yearly) {
}
