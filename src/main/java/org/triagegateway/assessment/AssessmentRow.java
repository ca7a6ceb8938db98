package org.triagegateway.assessment;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored assessment: the result exactly as decided, with the versions that decided it. */
@MappedEntity("assessment")
record AssessmentRow(
        @Id UUID id,
        String householdReference,
        long householdVersion,
        LocalDate assessmentDate,
        String ruleBaseVersion,
        String parameterSetVersion,
        @ColumnTransformer(write = "CAST(? AS jsonb)") String result,
        Instant createdAt) {
}
