package org.triagegateway.sharing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface Outbox extends GenericRepository<OutboxEntry, Long> {

    OutboxEntry save(OutboxEntry entry);

    /**
     * Takes up to {@code limit} entries that are due, and leases them until {@code leaseUntil}: another
     * instance skips them, and if this one stops before it is done they fall due again.
     */
    @Query(value = "UPDATE share_outbox SET next_attempt_at = :leaseUntil, attempts = attempts + 1 WHERE id IN ("
            + "SELECT id FROM share_outbox WHERE delivered_at IS NULL AND next_attempt_at <= :now ORDER BY id LIMIT :limit "
            + "FOR UPDATE SKIP LOCKED) RETURNING *", nativeQuery = true)
    List<OutboxEntry> lease(Instant now, Instant leaseUntil, int limit);

    @Query("UPDATE share_outbox SET delivered_at = :at, last_error = NULL WHERE id = :id AND delivered_at IS NULL")
    long delivered(long id, Instant at);

    /** Never to be delivered: consent to the share was withdrawn. */
    @Query("UPDATE share_outbox SET delivered_at = :at, last_error = 'Not delivered: consent was withdrawn' "
            + "WHERE id = :id AND delivered_at IS NULL")
    long cancelled(long id, Instant at);

    @Query("UPDATE share_outbox SET next_attempt_at = :retryAt, last_error = :error WHERE id = :id AND delivered_at IS NULL")
    long failed(long id, Instant retryAt, @Nullable String error);

    List<OutboxEntry> findByShareId(UUID shareId);

    /** The share deliveries to an agency of a household's shares not yet withdrawn. */
    @Query(value = "SELECT o.* FROM share_outbox o JOIN share s ON s.id = o.share_id WHERE s.household_reference = :householdReference "
            + "AND o.agency = :agency AND COALESCE(s.council, '') = :council AND o.kind = 'SHARE' AND s.withdrawn_at IS NULL",
            nativeQuery = true)
    List<OutboxEntry> sharesTo(String householdReference, Agency agency, String council);
}
