package org.triagegateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JacksonExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * A body that is not JSON, has a field we do not know, or a value of the wrong kind: 400 naming
 * the field, in words a developer can act on, without Java class names or stack traces.
 */
final class RequestBodyHandler {

    static final String TITLE = "The request body cannot be read";

    private RequestBodyHandler() {
    }

    static HttpResponse<?> respond(Problems problems, HttpRequest<?> request, Throwable exception) {
        Optional<JsonProcessingException> json = cause(exception, JsonProcessingException.class);
        if (json.isEmpty()) {
            String detail = exception instanceof ConversionErrorException conversion
                    ? "The value of '" + conversion.getArgument().getName() + "' is not valid."
                    : "The request could not be read.";
            return problems.respond(request, exception, HttpStatus.BAD_REQUEST, TITLE, detail);
        }
        JsonProcessingException cause = json.get();
        boolean truncated = cause.getOriginalMessage() != null && cause.getOriginalMessage().contains("end-of-input");
        if (cause instanceof JsonMappingException mapping && !truncated) {
            String field = path(mapping);
            return problems.respond(request, exception, HttpStatus.BAD_REQUEST, TITLE,
                    java.util.List.of(Problems.error(field, describe(mapping), TITLE)));
        }
        String where = cause.getLocation() == null ? ""
                : " (line " + cause.getLocation().getLineNr() + ", column " + cause.getLocation().getColumnNr() + ")";
        return problems.respond(request, exception, HttpStatus.BAD_REQUEST, TITLE,
                "The request body is not well-formed JSON" + where + ".");
    }

    private static String describe(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return "is not a field we know: remove it or check its spelling";
        }
        if (mapping instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + Arrays.toString(target.getEnumConstants());
            }
            if (target == LocalDate.class) {
                return "must be a real date written YYYY-MM-DD";
            }
            return "is not a valid " + simpleType(target);
        }
        if (mapping instanceof MismatchedInputException mismatched) {
            Class<?> target = mismatched.getTargetType();
            if (target == LocalDate.class) {
                return "must be a real date written YYYY-MM-DD";
            }
            if (target != null && target.isEnum()) {
                return "must be one of " + Arrays.toString(target.getEnumConstants());
            }
            return "must be " + simpleType(target);
        }
        return "is not valid here";
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "a value of the right kind";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.length() > 0 ? path.toString() : null;
    }

    private static <T extends Throwable> Optional<T> cause(Throwable exception, Class<T> type) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    @Singleton
    @Produces
    @Replaces(ConversionErrorHandler.class)
    static final class Conversion implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {
        private final Problems problems;

        Conversion(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
            return respond(problems, request, exception);
        }
    }

    @Singleton
    @Produces
    @Replaces(JacksonExceptionHandler.class)
    static final class Jackson implements ExceptionHandler<JsonProcessingException, HttpResponse<?>> {
        private final Problems problems;

        Jackson(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, JsonProcessingException exception) {
            return respond(problems, request, exception);
        }
    }

    @Singleton
    @Produces
    @Replaces(JsonExceptionHandler.class)
    static final class Syntax implements ExceptionHandler<io.micronaut.json.JsonSyntaxException, HttpResponse<?>> {
        private final Problems problems;

        Syntax(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, io.micronaut.json.JsonSyntaxException exception) {
            return respond(problems, request, exception);
        }
    }
}
