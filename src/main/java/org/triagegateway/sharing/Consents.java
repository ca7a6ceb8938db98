package org.triagegateway.sharing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface Consents extends GenericRepository<Consent, UUID> {

    Consent save(Consent consent);

    Optional<Consent> findById(UUID id);

    List<Consent> findByHouseholdReferenceOrderByGivenAtDesc(String householdReference);

    @Query("UPDATE consent SET withdrawn_at = :at, withdrawn_by = :by, withdrawn_how = :how WHERE id = :id AND withdrawn_at IS NULL")
    long withdraw(UUID id, Instant at, String by, HowGiven how);
}
