package org.triagegateway.household;

import io.micronaut.http.HttpStatus;
import org.triagegateway.web.ProblemException;

public class InvalidReferenceException extends ProblemException {

    public InvalidReferenceException(String text) {
        super(HttpStatus.BAD_REQUEST, "Not a household reference",
                "'" + abbreviate(text) + "' is not a household reference: a reference has 9 letters and digits, "
                        + "like K7M-P3Q-XRT. Check it for a mistyped character.");
    }

    private static String abbreviate(String text) {
        final int shown = 20;
        return text.length() <= shown ? text : text.substring(0, shown) + "...";
    }
}
