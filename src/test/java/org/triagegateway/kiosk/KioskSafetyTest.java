package org.triagegateway.kiosk;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk over plain HTTP: what one session can and cannot do, and what every page tells the browser. */
@MicronautTest
class KioskSafetyTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theSessionCookieIsForTheKioskOnlyAndHiddenFromScripts() throws Exception {
        HttpResponse<String> started = post("/kiosk/start", null, "lang=pl");

        String cookie = started.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("Path=/kiosk", "HTTPOnly", "SameSite=Strict", "Secure").doesNotContain("Max-Age", "Expires");
        assertThat(started.headers().firstValue("Location")).hasValue("/kiosk/questions/date-of-birth");
    }

    @Test
    void everyKioskPageIsKeptOutOfCachesAndFrames() throws Exception {
        for (HttpResponse<String> page : new HttpResponse[]{get("/kiosk", null), get("/kiosk/questions/partner", session())}) {
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store, max-age=0");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
        }
    }

    @Test
    void aFormWithoutItsSessionsTokenChangesNothing() throws Exception {
        String session = session();

        HttpResponse<String> forged = post("/kiosk/questions/partner", session, "csrf=wrong&partner=yes");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(get("/kiosk/questions/partner", session).body()).doesNotContain("checked");
        HttpResponse<String> honest = post("/kiosk/questions/partner", session, "csrf=" + csrf(session) + "&partner=yes");
        assertThat(honest.statusCode()).isEqualTo(303);
        assertThat(get("/kiosk/questions/partner", session).body()).contains("checked");
    }

    @Test
    void resultsAreOnlyForTheSessionThatAnswered() throws Exception {
        assertThat(get("/kiosk/results", null).headers().firstValue("Location")).hasValue("/kiosk");
        assertThat(get("/kiosk/results", "kiosk=someone-elses-token").headers().firstValue("Location")).hasValue("/kiosk/ended");
        String other = session();
        assertThat(get("/kiosk/results", other).headers().firstValue("Location")).hasValue("/kiosk/check");
    }

    @Test
    void aQuestionThatDoesNotApplyIsNotFound() throws Exception {
        String session = session();

        assertThat(get("/kiosk/questions/partner-date-of-birth", session).statusCode()).isEqualTo(404);
        assertThat(get("/kiosk/questions/nothing-like-this", session).statusCode()).isEqualTo(404);
    }

    @Test
    void finishingEndsTheSessionOnTheServerAndTellsTheBrowserToForget() throws Exception {
        String session = session();

        HttpResponse<String> finished = post("/kiosk/finish", session, "csrf=" + csrf(session));

        assertThat(finished.headers().firstValue("Clear-Site-Data")).hasValue("\"cache\", \"cookies\", \"storage\"");
        assertThat(finished.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        assertThat(get("/kiosk/questions/date-of-birth", session).headers().firstValue("Location")).hasValue("/kiosk/ended");
    }

    private String session() throws IOException, InterruptedException {
        return post("/kiosk/start", null, "lang=en").headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private String csrf(String session) throws IOException, InterruptedException {
        Matcher m = CSRF.matcher(get("/kiosk/questions/date-of-birth", session).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }
}
