package org.triagegateway.sharing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

import java.util.UUID;

/**
 * A document sent with a share, copied when it was sent. Evidence is hidden from the agency once consent
 * to its seeing evidence is withdrawn; the summary and claim forms stay with the share.
 */
@MappedEntity("share_document")
public record ShareDocument(@Id UUID id, UUID shareId, int position, String name, String mediaType, byte[] content,
                            boolean evidence, @Nullable Instant withdrawnAt) {

    static ShareDocument made(UUID shareId, int position, String name, String mediaType, byte[] content) {
        return new ShareDocument(UUID.randomUUID(), shareId, position, name, mediaType, content, false, null);
    }

    static ShareDocument evidence(UUID shareId, int position, String name, String mediaType, byte[] content) {
        return new ShareDocument(UUID.randomUUID(), shareId, position, name, mediaType, content, true, null);
    }
}
