package org.triagegateway.rules.facts;

import java.time.LocalDate;

/** A child or qualifying young person the household is responsible for (derived by the shared rules). */
public record Child(String memberId, LocalDate dateOfBirth, boolean qualifyingYoungPerson) {
}
