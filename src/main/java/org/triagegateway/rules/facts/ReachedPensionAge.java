package org.triagegateway.rules.facts;

/** This person has reached State Pension age on the assessment date (derived by the shared rules). */
public record ReachedPensionAge(String memberId) {
}
