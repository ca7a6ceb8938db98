package org.triagegateway.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Builds error responses through Micronaut's error processor, so they all share one body shape. */
@Singleton
public final class Problems {

    private final ErrorResponseProcessor<?> processor;

    Problems(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    public MutableHttpResponse<?> respond(HttpRequest<?> request, Throwable cause, HttpStatus status, String title,
                                          String detail) {
        return respond(request, cause, status, title, List.of(error(null, detail, title)));
    }

    public MutableHttpResponse<?> respond(HttpRequest<?> request, Throwable cause, HttpStatus status, String title,
                                          List<Error> errors) {
        ErrorContext.Builder context = ErrorContext.builder(request).cause(cause);
        List<Error> titled = errors.stream().map(e -> error(e.getPath().orElse(null), e.getMessage(), title)).toList();
        return processor.processResponse(context.errors(titled).build(), HttpResponse.status(status));
    }

    public static Error error(String path, String message, String title) {
        return new Error() {
            @Override
            public Optional<String> getPath() {
                return Optional.ofNullable(path);
            }

            @Override
            public String getMessage() {
                return message;
            }

            @Override
            public Optional<String> getTitle() {
                return Optional.ofNullable(title);
            }
        };
    }
}
