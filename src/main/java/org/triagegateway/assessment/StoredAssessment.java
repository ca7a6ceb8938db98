package org.triagegateway.assessment;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;
import org.triagegateway.rules.Evaluation;

import java.time.Instant;
import java.util.UUID;

/** An assessment as stored: which household version it used, and the result as decided then. */
@Introspected
@Schema(description = "A stored assessment: exactly what was decided, with the rule base and parameter versions used.")
public record StoredAssessment(UUID id, String householdReference, long householdVersion, Instant createdAt,
                               Evaluation result) {
}
