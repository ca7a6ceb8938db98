package org.triagegateway.household;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;

/** One kept version of a household record, and who made it (null if not recorded). */
@MappedEntity("household_version")
record HouseholdVersionRow(
        @Id @GeneratedValue @Nullable Long id,
        long householdId,
        long version,
        @ColumnTransformer(write = "CAST(? AS jsonb)") String data,
        Instant recordedAt,
        @Nullable String recordedBy) {
}
