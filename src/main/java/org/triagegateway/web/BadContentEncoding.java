package org.triagegateway.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.compression.DecompressionException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A body that is not what its Content-Encoding (gzip, deflate, snappy) says: the client's mistake,
 * so 400 and one line in the log, not a 500 with a stack trace. Bodies {@link RequestBoundary}
 * reads are refused there; this is for the rest (uploads).
 */
@Singleton
@Produces
final class BadContentEncoding implements ExceptionHandler<DecompressionException, HttpResponse<?>> {

    static final String DETAIL = "The request body is not what its Content-Encoding says it is.";
    private static final Logger LOG = LoggerFactory.getLogger(BadContentEncoding.class);

    private final Problems problems;

    BadContentEncoding(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DecompressionException exception) {
        LOG.info("Refused {} {} with 400: {}", request.getMethod(), request.getPath(), DETAIL);
        return problems.respond(request, exception, HttpStatus.BAD_REQUEST, RequestBoundary.TITLE, DETAIL);
    }
}
