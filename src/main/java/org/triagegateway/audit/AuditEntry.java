package org.triagegateway.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A row of audit_entry: who did what to which record, when, from where, chained to the entry before;
 * sealed with the audit key ({@link AuditSeal}), or with a plain SHA-256 if written before seals.
 */
@MappedEntity("audit_entry")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long seq,
        Instant at,
        String actor,
        String role,
        String action,
        String recordType,
        @Nullable String recordId,
        @Nullable String clientAddress,
        String previousHash,
        String hash,
        boolean sealed) {
}
