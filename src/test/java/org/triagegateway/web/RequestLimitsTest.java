package org.triagegateway.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.StaffLogin;
import org.triagegateway.documents.EvidenceCheckTest;
import org.triagegateway.security.Role;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON has a body limit of its own, far below the uploads', and lists are counted as they are
 * read; an address too long is 414; a body with no Content-Type is not taken for JSON; each
 * security header is sent once.
 */
@MicronautTest(transactional = false)
class RequestLimitsTest {

    private static final String CHILD = "{\"id\": \"c\", \"role\": \"CHILD\", \"dateOfBirth\": \"2018-02-02\"}";
    private static final String HOUSEHOLD = """
            {"people": [{"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1990-05-01"}],
             "housing": {"tenure": "SOCIAL_RENT", "rent": 525.00, "rentFrequency": "MONTHLY"}}
            """;

    @Inject
    Api api;
    @Inject
    StaffLogin login;
    @Inject
    EmbeddedServer server;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aHundredThousandChildrenAreRefusedAtOnceBySize() {
        String body = "{\"people\": [" + (CHILD + ",").repeat(99_999) + CHILD + "]}";
        assertThat(body.length()).isGreaterThan(5_000_000);

        long start = System.nanoTime();
        Api.Response refused = api.post("/api/v1/households", body);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asText()).contains("256 KB");
        // not asserted as a benchmark: before this it took seconds, now it is one header read
        System.out.printf("100,000 children refused in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void aListLongerThanAnyTheApiTakesIsRefusedWhileReadingNamingWhere() {
        String body = "{\"people\": [" + (CHILD + ",").repeat(150) + CHILD + "]}";

        Api.Response refused = api.post("/api/v1/households", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("people[100]");
    }

    @Test
    void aLargeButRealJsonBodyIsStillTaken() {
        // the largest household the API accepts is about 99 KB (159 KB pretty-printed): 200 KB must pass
        String body = HOUSEHOLD.replace("{\"people\"", " ".repeat(200_000) + "{\"people\"");

        assertThat(api.post("/api/v1/households", body).status()).isEqualTo(201);
    }

    @Test
    void anUploadIsNotHeldToTheJsonLimit() {
        String reference = api.post("/api/v1/households", HOUSEHOLD).json().path("reference").asText();
        // a real picture, padded past the JSON limit: refused or taken by the upload's own checks, never as too large
        byte[] picture = EvidenceCheckTest.png(1200, 900);
        assertThat(picture.length + 300_000).isGreaterThan(256 * 1024);
        byte[] padded = java.util.Arrays.copyOf(picture, picture.length + 300_000);

        Api.Response upload = api.postFile("/staff/households/" + reference + "/evidence", Map.of("evidences", "RENT"),
                "tenancy.png", padded);

        assertThat(upload.status()).as(upload.body()).isNotEqualTo(413).isLessThan(500);
    }

    @Test
    void anAddressTooLongIs414() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/kiosk?lang=" + "a".repeat(20_000))).GET());

        assertThat(refused.statusCode()).isEqualTo(414);
    }

    @Test
    void aBodyWithoutAContentTypeIsNotReadAsJson() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/v1/households"))
                .header("Cookie", login.cookie(Role.ADVISER)).POST(HttpRequest.BodyPublishers.ofString(HOUSEHOLD)));

        assertThat(refused.statusCode()).isIn(400, 415);
    }

    @Test
    void aDownloadSaysNosniffOnce() throws Exception {
        String reference = api.post("/api/v1/households", HOUSEHOLD).json().path("reference").asText();
        assertThat(api.post("/api/v1/households/" + reference + "/assessments?date=2026-05-01", "").status()).isEqualTo(201);

        HttpResponse<String> pdf = send(HttpRequest.newBuilder(uri("/staff/households/" + reference + "/summary.pdf"))
                .header("Cookie", login.cookie(Role.ADVISER)).GET());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(pdf.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }
}
