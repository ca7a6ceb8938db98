package org.triagegateway.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of staff_account. */
@MappedEntity("staff_account")
public record StaffAccount(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String displayName,
        Role role,
        @Nullable String passwordHash,
        int failedSignIns,
        @Nullable Instant lockedUntil,
        boolean active,
        Instant createdAt,
        @Nullable String council) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
