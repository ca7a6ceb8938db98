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
interface ShareDocuments extends GenericRepository<ShareDocument, UUID> {

    ShareDocument save(ShareDocument document);

    Optional<ShareDocument> findByIdAndShareIdAndWithdrawnAtIsNull(UUID id, UUID shareId);

    /** Names and types of the documents the agency may see, without the files themselves. */
    @Query("SELECT id, share_id, position, name, media_type, ''::bytea AS content, evidence, withdrawn_at FROM share_document "
            + "WHERE share_id = :shareId AND withdrawn_at IS NULL ORDER BY position")
    List<ShareDocument> listed(UUID shareId);

    /** Hides the evidence sent to an agency about a household, once consent to its seeing evidence is withdrawn. */
    @Query("UPDATE share_document SET withdrawn_at = :at WHERE evidence AND withdrawn_at IS NULL AND share_id IN "
            + "(SELECT id FROM share WHERE household_reference = :householdReference AND agency = :agency "
            + "AND COALESCE(council, '') = :council)")
    long withdrawEvidence(String householdReference, Agency agency, String council, Instant at);
}
