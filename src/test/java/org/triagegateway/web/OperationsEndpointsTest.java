package org.triagegateway.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import io.micronaut.runtime.server.EmbeddedServer;
import org.triagegateway.Api;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and API clients rely on from the first day: health, metrics and the OpenAPI document. */
@MicronautTest
class OperationsEndpointsTest {

    private static final String METRICS_KEY = "a-test-only-metrics-key-of-some-length";

    @Inject
    Api api;
    @Inject
    EmbeddedServer server;

    @Test
    void healthIsUpWithoutShowingDetailsToAnonymousCallers() {
        Api.Response health = api.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("jdbc:", "diskSpace");
    }

    @Test
    void prometheusMetricsAreServedToTheScraperWithTheMetricsKeyAlone() throws Exception {
        api.get("/health");

        HttpResponse<String> metrics = scrape("Bearer " + METRICS_KEY);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests");

        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrapeAt("/prometheus/", null).statusCode()).as("with a trailing slash").isEqualTo(401);
        assertThat(scrape("Bearer not-the-key").statusCode()).isEqualTo(401);
        assertThat(api.get("/prometheus").status()).as("a signed-in adviser").isEqualTo(401);
    }

    private HttpResponse<String> scrape(String authorization) throws Exception {
        return scrapeAt("/prometheus", authorization);
    }

    private HttpResponse<String> scrapeAt(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
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
