package org.triagegateway.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Gives every JSON error response, Micronaut's own (404, 405, 415, missing body) and ours, the
 * problem details shape.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        String title = context.getErrors().stream().flatMap(e -> e.getTitle().stream()).findFirst()
                .orElse(response.reason());
        List<Problem.FieldError> errors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new Problem.FieldError(e.getPath().get(), e.getMessage()))
                .toList();
        String detail = errors.isEmpty()
                ? context.getErrors().stream().map(e -> e.getMessage()).findFirst().orElse(null)
                : errors.size() == 1 ? "1 field is not valid." : errors.size() + " fields are not valid.";
        return new Problem("about:blank", title, status, detail, errors);
    }

    @Override
    public String contentType() {
        return Problem.CONTENT_TYPE;
    }
}
