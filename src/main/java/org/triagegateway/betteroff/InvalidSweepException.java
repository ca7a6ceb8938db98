package org.triagegateway.betteroff;

import io.micronaut.http.HttpStatus;
import org.triagegateway.web.ProblemException;

/** A sweep that cannot be run as asked: the reason says what to change. */
public class InvalidSweepException extends ProblemException {

    public InvalidSweepException(String detail) {
        super(HttpStatus.BAD_REQUEST, "The earnings sweep cannot be run as asked", detail);
    }
}
