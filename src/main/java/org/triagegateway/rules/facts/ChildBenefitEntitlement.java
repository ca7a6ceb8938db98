package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/** The household's weekly Child Benefit (derived by child_benefit.drl; counted by the benefit cap). */
public record ChildBenefitEntitlement(BigDecimal weekly) {
}
