package org.triagegateway.documents;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface EvidenceDocuments extends GenericRepository<EvidenceDocument, UUID> {

    EvidenceDocument save(EvidenceDocument document);

    Optional<EvidenceDocument> findByIdAndHouseholdReference(UUID id, String householdReference);

    /** Without the content: a list must not read every file. */
    @Query("SELECT id, evidences, file_name, media_type, size_bytes, uploaded_by, uploaded_at FROM evidence_document "
            + "WHERE household_reference = :householdReference ORDER BY uploaded_at DESC")
    List<EvidenceSummary> listOf(String householdReference);
}
