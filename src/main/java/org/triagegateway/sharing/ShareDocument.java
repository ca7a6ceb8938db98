package org.triagegateway.sharing;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A document sent with a share, copied when it was sent. */
@MappedEntity("share_document")
public record ShareDocument(@Id UUID id, UUID shareId, int position, String name, String mediaType, byte[] content) {
}
