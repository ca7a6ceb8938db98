package org.triagegateway.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface KioskSessions extends GenericRepository<KioskSessionRow, String> {

    KioskSessionRow save(KioskSessionRow row);

    Optional<KioskSessionRow> findByTokenHash(String tokenHash);

    /** Held until the transaction ends: one confirmation at a time per session, however often the button is pressed. */
    @Query("SELECT * FROM kiosk_session WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<KioskSessionRow> lockByTokenHash(String tokenHash);

    /** New answers make earlier results out of date: the assessment is dropped until the person confirms again. */
    @Query("UPDATE kiosk_session SET answers = CAST(:answers AS jsonb), assessment_id = NULL, better_off = NULL, "
            + "last_seen_at = :lastSeenAt WHERE token_hash = :tokenHash")
    long updateAnswers(String tokenHash, String answers, Instant lastSeenAt);

    @Query("UPDATE kiosk_session SET household_reference = :householdReference, assessment_id = :assessmentId, "
            + "better_off = :betterOff, last_seen_at = :lastSeenAt WHERE token_hash = :tokenHash")
    long updateResult(String tokenHash, String householdReference, UUID assessmentId, @Nullable String betterOff,
                      Instant lastSeenAt);

    @Query("UPDATE kiosk_session SET last_seen_at = :lastSeenAt WHERE token_hash = :tokenHash")
    long touch(String tokenHash, Instant lastSeenAt);

    long deleteByTokenHash(String tokenHash);

    long deleteByLastSeenAtLessThan(Instant idleSince);
}
