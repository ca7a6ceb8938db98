package org.triagegateway.web;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.NotAcceptableException;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.netty.handler.codec.compression.DecompressionException;

import java.util.Optional;

/**
 * Exceptions that mean the request was wrong, not the service, with the status that says so. A
 * controller with its own catch-all error handler (the kiosk's) asks here first, so that a PUT,
 * a JSON body or an empty form is a 4xx there too, as everywhere else, and not a 500.
 */
public final class ClientMistake {

    private ClientMistake() {
    }

    public static Optional<HttpStatus> status(Throwable exception) {
        if (exception instanceof NotAllowedException) {
            return Optional.of(HttpStatus.METHOD_NOT_ALLOWED);
        }
        if (exception instanceof UnsupportedMediaException) {
            return Optional.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        }
        if (exception instanceof NotAcceptableException) {
            return Optional.of(HttpStatus.NOT_ACCEPTABLE);
        }
        if (exception instanceof UnsatisfiedRouteException || exception instanceof ConversionErrorException
                || exception instanceof DecompressionException) {
            return Optional.of(HttpStatus.BAD_REQUEST);
        }
        if (exception instanceof HttpStatusException status && status.getStatus().getCode() < 500) {
            return Optional.of(status.getStatus());
        }
        return Optional.empty();
    }
}
