package org.triagegateway.rules;

import io.micronaut.core.annotation.Nullable;
import org.triagegateway.household.OtherIncome;

/**
 * One benefit in {@code rules/benefits.yaml}: what it is, who pays it, whether the rules assess it
 * yet, whether it is money the household gets (or is taken off a bill), and the kind of other
 * income that records it as already paid.
 */
public record Benefit(String id, String name, String legislation, String agency, String period, boolean assessed,
                      boolean income, @Nullable OtherIncome.Type recordedAs) {
}
