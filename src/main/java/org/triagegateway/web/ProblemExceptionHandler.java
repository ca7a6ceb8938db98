package org.triagegateway.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
@Produces
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    private final Problems problems;

    ProblemExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
        return problems.respond(request, exception, exception.status(), exception.title(), exception.getMessage());
    }
}
