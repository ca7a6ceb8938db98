package org.triagegateway.documents;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of evidence_document, content and all. */
@MappedEntity("evidence_document")
public record EvidenceDocument(
        @Id UUID id,
        String householdReference,
        EvidenceKind evidences,
        String fileName,
        String mediaType,
        int sizeBytes,
        String sha256,
        byte[] content,
        String uploadedBy,
        Instant uploadedAt) {
}
