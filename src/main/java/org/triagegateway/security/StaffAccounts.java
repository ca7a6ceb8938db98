package org.triagegateway.security;

import io.micronaut.core.annotation.Nullable;
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

    /** One more wrong password; the account locks when this reaches the limit. */
    @Query("UPDATE staff_account SET failed_sign_ins = failed_sign_ins + 1, "
            + "locked_until = CASE WHEN failed_sign_ins + 1 >= :limit THEN :lockUntil ELSE locked_until END WHERE id = :id")
    long recordFailure(Long id, int limit, Instant lockUntil);

    @Query("UPDATE staff_account SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
    long clearFailures(Long id);

    @Query("UPDATE staff_account SET active = :active WHERE id = :id")
    long updateActive(Long id, boolean active);

    @Query("UPDATE staff_account SET password_hash = :passwordHash, failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
    long updatePasswordHash(Long id, @Nullable String passwordHash);
}
