package org.triagegateway.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Anything not handled more specifically. A database that cannot be reached is a 503 the
 * client may retry; anything else is a 500 with a reference to the log, never a stack trace.
 * Writes run in transactions, so a failure leaves nothing half-written.
 */
@Singleton
@Produces
final class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);
    /** SQLSTATE class 08: connection exception; 57P: operator intervention (server shutting down). */
    private static final String CONNECTION_FAILURE = "08";
    private static final String SERVER_SHUTDOWN = "57P";

    private final Problems problems;

    UnexpectedErrorHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        if (databaseUnavailable(exception)) {
            LOG.warn("Database unavailable during {} {}: {}", request.getMethod(), request.getPath(), exception.toString());
            return problems.respond(request, exception, HttpStatus.SERVICE_UNAVAILABLE, "The service is unavailable",
                    "The database cannot be reached just now. Nothing was saved. Please try again in a minute.");
        }
        String incident = Long.toHexString(System.nanoTime());
        LOG.error("Unexpected error {} during {} {}", incident, request.getMethod(), request.getPath(), exception);
        return problems.respond(request, exception, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "An unexpected error happened and nothing was saved. Incident " + incident + " has been logged.");
    }

    static boolean databaseUnavailable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_FAILURE) || sql.getSQLState().startsWith(SERVER_SHUTDOWN))) {
                return true;
            }
        }
        return false;
    }
}
