package org.triagegateway.kiosk;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.StoredHousehold;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk over plain HTTP: what one session can and cannot do, and what every page tells the browser. */
@MicronautTest
class KioskSafetyTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;
    @Inject
    HouseholdService households;
    @Inject
    DataSource dataSource;

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
        String session = session();
        answerEverything(session, "500");
        post("/kiosk/check", session, "csrf=" + csrf(session));
        List<HttpResponse<String>> pages = new ArrayList<>();
        for (String path : List.of("/kiosk", "/kiosk/questions/partner", "/kiosk/check", "/kiosk/results", "/kiosk/finish",
                "/kiosk/questions/partner-date-of-birth", "/kiosk/expired")) {
            pages.add(get(path, session));
        }
        pages.add(post("/kiosk/questions/partner", session, "csrf=wrong&partner=yes"));
        pages.add(get("/kiosk/questions/partner", null));
        pages.add(get("/kiosk/ended", session));
        pages.add(get("/kiosk/cleared", null));
        for (HttpResponse<String> page : pages) {
            String which = page.request().method() + " " + page.uri().getPath() + " (" + page.statusCode() + ")";
            assertThat(page.headers().firstValue("Cache-Control")).as(which).hasValue("no-store, max-age=0");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(which).hasValue("DENY");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).as(which)
                    .contains("default-src 'self'", "font-src 'self'");
        }
        assertThat(pages.get(3).body()).as("the results were given").contains("id=\"reference\"");
    }

    @Test
    void theUrduFontIsServedFromHereAndKeptForAYear() throws Exception {
        String path = KioskFont.PATH + "/" + KioskFont.FILE;
        HttpResponse<byte[]> font = client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(font.headers().firstValue("Content-Type").orElseThrow()).startsWith("font/woff2");
        assertThat(font.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(new String(font.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).as("a WOFF2 file").isEqualTo("wOF2");
        assertThat(font.body().length).as("the Arabic-script subset, not the whole font").isLessThan(256 * 1024);
        assertThat(get("/kiosk-assets/kiosk.css", null).body()).contains("url(\"" + path + "\") format(\"woff2\")");
    }

    @Test
    void theEndedPageEndsTheSessionAndTellsTheBrowserToForget() throws Exception {
        String session = session();

        HttpResponse<String> ended = get("/kiosk/ended?lang=pl", session);

        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(ended.headers().firstValue("Clear-Site-Data")).hasValue("\"cache\", \"cookies\", \"storage\"");
        assertThat(ended.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("kiosk=;").contains("Max-Age=0", "Path=/kiosk");
        assertThat(get("/kiosk/questions/date-of-birth", session).headers().firstValue("Location")).hasValue("/kiosk/ended");
    }

    @Test
    void aFormSentWithNoSessionHasExpiredAndSaysSoInItsLanguage() throws Exception {
        HttpResponse<String> sent = post("/kiosk/check", null, "csrf=from-a-page-left-open&lang=pl");

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/kiosk/expired?lang=pl");
        HttpResponse<String> expired = get("/kiosk/expired?lang=pl", null);
        assertThat(expired.body()).contains("Ta strona wygasła", "href=\"/kiosk?lang=pl\"").doesNotContain("name=\"csrf\"");
        assertThat(post("/kiosk/questions/partner", null, "csrf=x&partner=yes").headers().firstValue("Location"))
                .as("a question's form does not say its language").hasValue("/kiosk/expired?lang=en");
    }

    @Test
    void aFormFromAnotherSessionOffersTheWayOnToThisOne() throws Exception {
        String session = session();
        post("/kiosk/questions/date-of-birth", session,
                "csrf=" + csrf(session) + "&date-of-birth-day=1&date-of-birth-month=5&date-of-birth-year=1990");

        HttpResponse<String> stale = post("/kiosk/questions/citizen", session, "csrf=from-the-session-before&citizen=yes");

        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(stale.body()).contains("This page has expired", "id=\"carry-on\"", "href=\"/kiosk/questions/citizen\"",
                "href=\"/kiosk?lang=en\"");
    }

    @Test
    void finishAsksFirstAndGoesBackToThePageItCameFrom() throws Exception {
        String session = session();

        HttpResponse<String> asked = get("/kiosk/finish", session, "http://localhost/kiosk/questions/partner?change=true");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("href=\"/kiosk/questions/partner?change=true\"", "action=\"/kiosk/finish\"");
        assertThat(get("/kiosk/finish", session, "https://elsewhere.example/kiosk/check").body())
                .as("only the path of a page of the check is taken").contains("href=\"/kiosk/check\"");
        assertThat(get("/kiosk/finish", session, "http://localhost/kiosk/cleared").body())
                .as("not a page of the check: where the check is now").contains("href=\"/kiosk/questions/date-of-birth\"");
        assertThat(get("/kiosk/finish", session).body()).contains("href=\"/kiosk/questions/date-of-birth\"");
        assertThat(get("/kiosk/questions/date-of-birth", session).statusCode()).as("asking clears nothing").isEqualTo(200);
        assertThat(get("/kiosk/finish", null).headers().firstValue("Location")).hasValue("/kiosk");
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
        String first = session();
        answerEverything(first, "500");
        assertThat(post("/kiosk/check", first, "csrf=" + csrf(first)).headers().firstValue("Location")).hasValue("/kiosk/results");
        String reference = reference(first);

        String second = session();
        assertThat(get("/kiosk/results", second).headers().firstValue("Location")).hasValue("/kiosk/check");
        assertThat(get("/kiosk/check", second).body()).doesNotContain(reference);
        assertThat(get("/kiosk/results", null).headers().firstValue("Location")).hasValue("/kiosk");
        assertThat(get("/kiosk/results", "kiosk=someone-elses-token").headers().firstValue("Location")).hasValue("/kiosk/ended");
    }

    @Test
    void anAnswerChangedAfterTheResultsMakesANewVersionAndNewResults() throws Exception {
        String session = session();
        answerEverything(session, "500");
        post("/kiosk/check", session, "csrf=" + csrf(session));
        String reference = reference(session);

        post("/kiosk/questions/savings?change=true", session, "csrf=" + csrf(session) + "&savings-amount=20000");
        assertThat(get("/kiosk/results", session).headers().firstValue("Location")).as("results out of date").hasValue("/kiosk/check");
        post("/kiosk/check", session, "csrf=" + csrf(session));

        assertThat(reference(session)).isEqualTo(reference);
        StoredHousehold stored = households.get(HouseholdReference.of(reference));
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.household().capital().get(0).amount()).isEqualByComparingTo("20000");
    }

    @Test
    void pressingSeeMyResultsManyTimesAtOnceMakesOneHousehold() throws Exception {
        String session = session();
        answerEverything(session, "0");
        String form = "csrf=" + csrf(session);
        long before = householdCount();

        List<CompletableFuture<HttpResponse<String>>> presses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            presses.add(client.sendAsync(postRequest("/kiosk/check", session, form), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> press : presses) {
            assertThat(press.get().statusCode()).isEqualTo(303);
        }

        assertThat(householdCount()).isEqualTo(before + 1);
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

    /** A single person, renting privately, not working, with the savings given. */
    private void answerEverything(String session, String savings) throws IOException, InterruptedException {
        String csrf = "csrf=" + csrf(session) + "&";
        for (String answer : List.of("date-of-birth?date-of-birth-day=1&date-of-birth-month=5&date-of-birth-year=1990",
                "citizen?citizen=yes", "partner?partner=no", "children?children=0", "other-adults?other-adults=0", "home?home=private_rent", "rent?rent-amount=600&rent-frequency=MONTHLY",
                "postcode?postcode=LU1+1AA", "council?council=E06000032", "council-tax?council-tax-amount=1500", "work?work=no",
                "savings?savings-amount=" + savings, "health?health=no", "carer?carer=no",
                "fact-claimant-pregnant?fact-claimant-pregnant=no",
                "fact-claimant-recentNationalInsurance?fact-claimant-recentNationalInsurance=no")) {
            String[] parts = answer.split("\\?");
            assertThat(post("/kiosk/questions/" + parts[0], session, csrf + parts[1]).statusCode()).as(parts[0]).isEqualTo(303);
        }
    }

    private String reference(String session) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("id=\"reference\"[^>]*>([^<]+)<").matcher(get("/kiosk/results", session).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private long householdCount() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM household")) {
            rows.next();
            return rows.getLong(1);
        }
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
        return get(path, cookie, null);
    }

    private HttpResponse<String> get(String path, String cookie, String referer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (referer != null) {
            request.header("Referer", referer);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String form) throws IOException, InterruptedException {
        return client.send(postRequest(path, cookie, form), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest postRequest(String path, String cookie, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return request.build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }
}
