package org.triagegateway.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;

/** Bean Validation failures: 400, naming each bad field by its path in the request body. */
@Singleton
@Produces
@Replaces(ConstraintExceptionHandler.class)
public final class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    static final String TITLE = "The request is not valid";

    private final Problems problems;

    ConstraintViolationHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        return problems.respond(request, exception, HttpStatus.BAD_REQUEST, TITLE,
                exception.getConstraintViolations().stream()
                        .map(v -> Problems.error(field(v), v.getMessage(), TITLE))
                        .sorted(Comparator.comparing(e -> e.getPath().orElse("")))
                        .toList());
    }

    /** "people[0].dateOfBirth": the path inside the body, without the method and parameter names. */
    public static String field(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // Bean Validation puts a container's index on the node inside it: people[0].dateOfBirth
            // arrives as "people", then "dateOfBirth" with index 0.
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.length() > 0 ? path.toString() : parameter;
    }
}
