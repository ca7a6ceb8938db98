package org.triagegateway.rules.facts;

import java.math.BigDecimal;

/** The household's capital added up (derived by the shared rules). */
public record TotalCapital(BigDecimal amount) {
}
