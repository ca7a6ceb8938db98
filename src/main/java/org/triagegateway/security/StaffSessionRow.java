package org.triagegateway.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of staff_session: one sign-in, from its start until sign-out or the idle timeout. */
@MappedEntity("staff_session")
record StaffSessionRow(
        @Id UUID id,
        Long accountId,
        String csrfToken,
        Instant startedAt,
        Instant lastSeenAt,
        @Nullable Instant endedAt,
        @Nullable String clientAddress) {
}
