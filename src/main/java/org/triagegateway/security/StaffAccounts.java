package org.triagegateway.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffAccounts extends GenericRepository<StaffAccount, Long> {

    StaffAccount save(StaffAccount account);

    Optional<StaffAccount> findById(Long id);

    Optional<StaffAccount> findByUsername(String username);

    List<StaffAccount> findAllOrderByUsername();

    long count();

    /**
     * Counts a sign-in attempt unless the account is locked (0 then): the count starts again once a
     * lock has run out, and reaching the limit locks the account until {@code lockUntil}. A right
     * password then clears it ({@link #clearFailures}).
     */
    @Query("UPDATE staff_account SET "
            + "failed_sign_ins = CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_sign_ins + 1 END, "
            + "locked_until = CASE WHEN (CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_sign_ins + 1 END) >= :limit "
            + "THEN CAST(:lockUntil AS timestamptz) ELSE NULL END "
            + "WHERE id = :id AND (locked_until IS NULL OR locked_until <= :now)")
    long countAttempt(Long id, int limit, Instant now, Instant lockUntil);

    @Query("UPDATE staff_account SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
    long clearFailures(Long id);

    @Query("UPDATE staff_account SET active = :active WHERE id = :id")
    long updateActive(Long id, boolean active);

    @Query("UPDATE staff_account SET council = :council WHERE id = :id AND role = 'COUNCIL_OFFICER'")
    long updateCouncil(Long id, String council);
}
