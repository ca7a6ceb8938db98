package org.triagegateway.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The JSON API reads and writes personal data, and staff sign-in does not exist yet (issue 7): it
 * stays shut unless {@code triage.api.open} (TRIAGE_API_OPEN) says otherwise, so that a reference
 * seen at a kiosk cannot be used to read someone's answers through the API.
 */
@ServerFilter("/api/**")
class ApiGate {

    private final boolean open;
    private final Problems problems;

    ApiGate(@Value("${triage.api.open:false}") boolean open, Problems problems) {
        this.open = open;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> shutUnlessOpened(HttpRequest<?> request) {
        if (open) {
            return null;
        }
        return problems.respond(request, null, HttpStatus.FORBIDDEN, "The API is not open",
                "The API needs staff sign-in, which is not built yet. Set TRIAGE_API_OPEN=true only where nobody else "
                        + "can reach the service.");
    }
}
