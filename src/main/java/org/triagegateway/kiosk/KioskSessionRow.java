package org.triagegateway.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** A row of kiosk_session: one person's answers while they use a kiosk, found by the hash of their token. */
@MappedEntity("kiosk_session")
record KioskSessionRow(
        @Id String tokenHash,
        String csrfToken,
        String language,
        @ColumnTransformer(write = "CAST(? AS jsonb)") String answers,
        @Nullable String householdReference,
        @Nullable UUID assessmentId,
        @Nullable String betterOff,
        Instant createdAt,
        Instant lastSeenAt) {
}
