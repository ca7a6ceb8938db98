package org.triagegateway.web;

import io.micronaut.http.HttpStatus;

/** A failure the client can act on, answered as problem details with its status. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    public ProblemException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
