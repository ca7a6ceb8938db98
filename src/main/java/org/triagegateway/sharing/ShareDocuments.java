package org.triagegateway.sharing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ShareDocuments extends GenericRepository<ShareDocument, UUID> {

    ShareDocument save(ShareDocument document);

    Optional<ShareDocument> findByIdAndShareId(UUID id, UUID shareId);

    /** Names and types, without the files themselves. */
    @Query("SELECT id, share_id, position, name, media_type, ''::bytea AS content FROM share_document "
            + "WHERE share_id = :shareId ORDER BY position")
    List<ShareDocument> listed(UUID shareId);
}
