package org.triagegateway.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.StaffLogin;
import org.triagegateway.security.Role;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text nobody types (NUL, controls, direction overrides, invisible characters, noncharacters,
 * half a character, bytes that are not UTF-8) is refused at the boundary with a 400 naming the
 * field, on every channel and before sign-in too; what real names in Urdu and Polish need is kept.
 */
@MicronautTest(transactional = false)
class BadBytesTest {

    private static final String HOUSEHOLD = """
            {"people": [{"id": "claimant", "role": "CLAIMANT", "name": %s, "dateOfBirth": "1990-05-01"}],
             "housing": {"tenure": "SOCIAL_RENT", "rent": 525.00, "rentFrequency": "MONTHLY"}}
            """;

    @Inject
    Api api;
    @Inject
    StaffLogin login;
    @Inject
    EmbeddedServer server;

    private final HttpClient client = HttpClient.newHttpClient();

    /** Micronaut decodes a form with the charset the request names: "+." in UTF-16 is U+202E, which the check would miss. */
    @Test
    void textSentInAnotherCharsetThanUtf8IsRefused() throws Exception {
        for (String charset : new String[]{"UTF-16BE", "ISO-8859-1"}) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(server.getURI().resolve("/kiosk/start"))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=" + charset)
                    .POST(HttpRequest.BodyPublishers.ofString("lang=+.")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(charset).isEqualTo(415);
        }
    }

    @Test
    void aNulInAJsonFieldIsA400NamingTheFieldNotA500() {
        Api.Response refused = api.post("/api/v1/households", HOUSEHOLD.formatted("\"Sam\\u0000Example\""));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("people[0].name");
        assertThat(refused.json().path("errors").get(0).path("message").asText()).contains("U+0000");
    }

    @Test
    void controlsOverridesInvisiblesAndNoncharactersAreRefusedInNames() {
        for (String escaped : List.of("\\u0007", "\\r", "\\n", "\\t", "\\u007f", "\\u0085", "\\u202e", "\\u202a", "\\u2066",
                "\\u2069", "\\u200b", "\\ufeff", "\\ufffe", "\\uffff", "\\ufdd0", "\\ud800", "\\udc00", "\\ufffd", "\\u2028")) {
            Api.Response refused = api.post("/api/v1/households", HOUSEHOLD.formatted("\"Ali" + escaped + "Khan\""));
            assertThat(refused.status()).as(escaped + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asText()).as(escaped).isEqualTo("people[0].name");
        }
    }

    @Test
    void urduWithItsJoinersAndPolishAreKeptExactly() {
        // ZWNJ (U+200C) and ZWJ (U+200D) are part of how Urdu and Persian are spelt; RLM only marks direction
        for (String name : List.of("علی\u200Cرضا خان", "مہ\u200Dجبیں", "Zażółć Gęślą Jaźń", "Łukasz Wąs\u200F")) {
            Api.Response created = api.post("/api/v1/households", HOUSEHOLD.formatted("\"" + name + "\""));
            assertThat(created.status()).as(name + ": " + created.body()).isEqualTo(201);
            String reference = created.json().path("reference").asText();
            assertThat(api.get("/api/v1/households/" + reference).json().path("household").path("people").get(0)
                    .path("name").asText()).isEqualTo(name);
        }
    }

    @Test
    void jsonThatIsNotUtf8IsRefused() throws Exception {
        byte[] body = HOUSEHOLD.formatted("\"Sam\u00E9\"").getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/v1/households"))
                .header("Cookie", login.cookie(Role.ADVISER)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(refused.statusCode()).isEqualTo(400);
    }

    @Test
    void aNulAtSignInIsAGovukErrorPageNotA500() {
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/staff/sign-in")).GET());
        String formCookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("staff-sign-in="))
                .findFirst().orElseThrow().split(";")[0];
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/staff/sign-in")).header("Cookie", formCookie)
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(StaffLogin.form(java.util.Map.of("csrf", csrf.group(1),
                        "username", "admin\u0000", "password", "anything")))));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("govuk-heading-l", "username", "U+0000").doesNotContain("Exception", "at org.");
    }

    @Test
    void bytesThatAreNotUtf8InAStaffFormAreRefusedNotStoredAsSomethingElse() {
        // %FF is no UTF-8 byte: read leniently it would become U+FFFD, a different name from the one typed
        for (String name : List.of("Sam%FFExample", "Sam%00Example", "Sam%E2%80%AEelpmaxE", "Sam%ZZ")) {
            Api.Response refused = rawForm("/staff/households", "name=" + name + "&dob-day=1&dob-month=5&dob-year=1990");
            assertThat(refused.status()).as(name + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).doesNotContain("Exception");
        }
    }

    @Test
    void aLineBreakIsKeptOnlyInAFieldOfManyLines() {
        assertThat(FormCheck.check("what=first+line%0D%0Asecond%09line", true)).isEmpty();
        assertThat(FormCheck.check("name=first%0D%0Asecond", true)).hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("name"));
        assertThat(FormCheck.check("lang=en&name=%ZZ", true)).isPresent();
    }

    @Test
    void aBodyThatIsNotWhatItsContentEncodingSaysIsA400WithoutSigningIn() throws Exception {
        for (String encoding : List.of("gzip", "deflate", "snappy")) {
            for (String path : List.of("/staff/sign-in", "/kiosk/start")) {
                HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(path)).header("Content-Encoding", encoding)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("lang=en&username=abc")));
                assertThat(refused.statusCode()).as(encoding + " " + path).isEqualTo(400);
            }
        }
    }

    @Test
    void aBodyThatIsWhatItsContentEncodingSaysStillWorks() throws Exception {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            out.write("lang=pl".getBytes(StandardCharsets.US_ASCII));
        }
        HttpResponse<String> started = send(HttpRequest.newBuilder(uri("/kiosk/start")).header("Content-Encoding", "deflate")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(deflated.toByteArray())));

        assertThat(started.statusCode()).isEqualTo(303);
    }

    private Api.Response rawForm(String path, String body) {
        String cookie = login.cookie(Role.ADVISER);
        String page = send(HttpRequest.newBuilder(uri("/staff")).header("Cookie", cookie).GET()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie)
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf.group(1) + "&" + body)));
        return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), null,
                response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }
}
