package org.triagegateway.documents;

/** A file that cannot be kept as evidence, with the reason in words an adviser can pass on. */
public class RefusedDocumentException extends RuntimeException {

    public RefusedDocumentException(String reason) {
        super(reason);
    }
}
