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

    /** Consent to share with the council given before each council was its own agency (V14): CouncilBackfill names it. */
    @Query("SELECT * FROM consent WHERE agency = 'COUNCIL' AND council IS NULL")
    List<Consent> withoutCouncil();

    @Query("UPDATE consent SET council = :council WHERE id = :id AND council IS NULL")
    long nameCouncil(UUID id, String council);
}
