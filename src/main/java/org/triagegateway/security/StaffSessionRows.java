package org.triagegateway.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffSessionRows extends GenericRepository<StaffSessionRow, UUID> {

    StaffSessionRow save(StaffSessionRow row);

    Optional<StaffSessionRow> findById(UUID id);

    /** Records a use of the session if it is still open, was used since {@code idleSince} and its account is active: 1 if so. */
    @Query("UPDATE staff_session SET last_seen_at = :now WHERE id = :id AND ended_at IS NULL AND last_seen_at >= :idleSince "
            + "AND account_id IN (SELECT id FROM staff_account WHERE active)")
    long touchIfOpen(UUID id, Instant idleSince, Instant now);

    @Query("UPDATE staff_session SET ended_at = :now WHERE id = :id AND ended_at IS NULL")
    long end(UUID id, Instant now);

    @Query("UPDATE staff_session SET ended_at = :now WHERE account_id = :accountId AND ended_at IS NULL")
    long endAllOf(Long accountId, Instant now);
}
