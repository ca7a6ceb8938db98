package org.triagegateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}): the same shape for
 * every error the API returns, naming each bad field. Never a stack trace.
 */
@Introspected
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "An error (RFC 9457 problem details). Each bad field is listed in errors.")
public record Problem(String type, String title, int status, @Nullable String detail, List<FieldError> errors) {

    public static final String CONTENT_TYPE = "application/problem+json";

    @Introspected
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(@Nullable String field, String message) {
    }
}
