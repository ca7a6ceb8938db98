package org.triagegateway.household;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of the household table: the record as JSON, with its reference and version.
 *
 * @param submission the new-household form's showing that made it, or null
 */
@MappedEntity("household")
record HouseholdRow(
        @Id @GeneratedValue @Nullable Long id,
        String reference,
        long version,
        @ColumnTransformer(write = "CAST(? AS jsonb)") String data,
        Instant createdAt,
        Instant updatedAt,
        @Nullable UUID submission) {
}
