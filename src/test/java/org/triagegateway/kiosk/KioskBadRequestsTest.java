package org.triagegateway.kiosk;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever arrives at the kiosk, it answers 400, 405, 415 or its page: never a 500. */
@MicronautTest(transactional = false)
class KioskBadRequestsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void methodsTheKioskDoesNotTakeAre405() throws Exception {
        assertThat(send(request("/kiosk").method("TRACE", HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(405);
        HttpResponse<String> put = send(request("/kiosk/start").header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("lang=en")));
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void aJsonBodyIsNotAForm() throws Exception {
        HttpResponse<String> refused = send(request("/kiosk/start").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"lang\": \"en\"}")));

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body()).contains("<html");
    }

    @Test
    void anEmptyFinishStillFinishes() throws Exception {
        HttpResponse<String> finished = send(request("/kiosk/finish").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(finished.statusCode()).isEqualTo(303);
        assertThat(finished.headers().firstValue("Location").orElseThrow()).startsWith("/kiosk/cleared");
    }

    @Test
    void startingFromABrowserThatOnlyAcceptsHtmlWorks() throws Exception {
        HttpResponse<String> started = send(request("/kiosk/start").header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("lang=ur")));

        assertThat(started.statusCode()).isEqualTo(303);
    }

    @Test
    void badPercentEncodingNulAndBytesThatAreNotUtf8AreRefused() throws Exception {
        String session = send(request("/kiosk/start").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("lang=en"))).headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher csrf = CSRF.matcher(send(request("/kiosk/questions/date-of-birth").header("Cookie", session).GET()).body());
        assertThat(csrf.find()).isTrue();

        for (String council : new String[]{"Lut%ZZon", "Lut%00on", "Lut%FFon", "Lut%E2%80%AEon", "Lut%07on"}) {
            HttpResponse<String> refused = send(request("/kiosk/questions/council").header("Cookie", session)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf.group(1) + "&council=" + council)));
            assertThat(refused.statusCode()).as(council).isEqualTo(400);
        }
        for (String query : new String[]{"lang=%FF", "lang=%00"}) {
            assertThat(send(request("/kiosk?" + query).GET()).statusCode()).as(query).isEqualTo(400);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
