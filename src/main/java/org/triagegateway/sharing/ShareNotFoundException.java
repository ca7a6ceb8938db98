package org.triagegateway.sharing;

import io.micronaut.http.HttpStatus;
import org.triagegateway.web.ProblemException;

import java.util.UUID;

/**
 * No such share for this agency: another agency's share, a withdrawn one, and one that never
 * was all look the same, so that nobody learns which.
 */
public class ShareNotFoundException extends ProblemException {

    public ShareNotFoundException() {
        super(HttpStatus.NOT_FOUND, "Share not found",
                "There is no share with that reference for your agency. It may have been withdrawn.");
    }

    /** A share's or document's id from an address; anything else is "not found". */
    public static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ShareNotFoundException();
        }
    }
}
