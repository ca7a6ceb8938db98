package org.triagegateway.documents;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** A document in a list: everything but its content. */
@Introspected
public record EvidenceSummary(UUID id, EvidenceKind evidences, String fileName, String mediaType, int sizeBytes,
                              String uploadedBy, Instant uploadedAt) {
}
