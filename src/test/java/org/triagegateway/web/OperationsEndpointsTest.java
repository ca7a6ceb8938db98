package org.triagegateway.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and API clients rely on from the first day: health, metrics and the OpenAPI document. */
@MicronautTest
class OperationsEndpointsTest {

    @Inject
    Api api;

    @Test
    void healthIsUpWithoutShowingDetailsToAnonymousCallers() {
        Api.Response health = api.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("jdbc:", "diskSpace");
    }

    @Test
    void prometheusMetricsAreServed() {
        api.get("/health");

        Api.Response metrics = api.get("/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        Api.Response openapi = api.get("/openapi/triage-gateway-v1.yml");

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains(
                "/api/v1/households:", "/api/v1/households/{reference}:",
                "/api/v1/assessments:", "/api/v1/households/{reference}/assessments:",
                "/api/v1/households/{reference}/assessments/{id}:",
                "Household:", "Problem:");
    }
}
