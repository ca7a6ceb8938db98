package org.triagegateway.security;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Multipart;
import org.triagegateway.StaffLogin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route, asked by every role and by someone not signed in: the table below is the one place
 * that says who may use what, and the test fails on any route missing from it and on any access
 * it does not grant (or any it grants that is refused).
 */
@MicronautTest
class RoleMatrixTest {

    /** Not signed in. */
    private static final String ANONYMOUS = "ANONYMOUS";
    private static final Set<String> SIGNED_IN = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
    private static final Set<String> ANYONE = union(SIGNED_IN, Set.of(ANONYMOUS));
    private static final Set<String> CAPTURE = Set.of(Roles.ADVISER, Roles.VISITING_OFFICER);
    private static final Set<String> ADMINISTRATORS = Set.of(Roles.ADMINISTRATOR);
    private static final Set<String> AUDITORS = Set.of(Roles.ADMINISTRATOR, Roles.COMPLIANCE_OFFICER);
    private static final Set<String> AGENCY_OFFICERS = Set.of(Roles.COUNCIL_OFFICER, Roles.JOBCENTRE_OFFICER);

    private static final Map<String, Set<String>> WHO_MAY = Map.ofEntries(
            // the kiosk and what every page needs
            entry("GET /kiosk", ANYONE),
            entry("POST /kiosk/start", ANYONE),
            entry("GET /kiosk/questions/{id}", ANYONE),
            entry("POST /kiosk/questions/{id}", ANYONE),
            entry("GET /kiosk/check", ANYONE),
            entry("POST /kiosk/check", ANYONE),
            entry("GET /kiosk/results", ANYONE),
            entry("GET /kiosk/finish", ANYONE),
            entry("POST /kiosk/finish", ANYONE),
            entry("GET /kiosk/expired", ANYONE),
            entry("POST /kiosk/keep-alive", ANYONE),
            entry("GET /kiosk/cleared", ANYONE),
            entry("GET /kiosk/ended", ANYONE),
            entry("GET /kiosk-assets/fonts/noto-nastaliq-urdu-5.3.0/noto-nastaliq-urdu-arabic-wght-normal.woff2", ANYONE),
            entry("GET /assets/govuk-frontend-5.14.0/govuk-frontend.css", ANYONE),
            entry("GET /assets/govuk-frontend-5.14.0/govuk-frontend.min.js", ANYONE),
            entry("GET /health", ANYONE),
            entry("GET /health/{selector}", ANYONE),
            // a scraper with the metrics key, never a sign-in (OperationsEndpointsTest)
            entry("GET /prometheus", Set.of()),
            // signing in and out
            entry("GET /staff/sign-in", ANYONE),
            entry("POST /staff/sign-in", ANYONE),
            entry("POST /staff/sign-out", SIGNED_IN),
            entry("GET /staff", SIGNED_IN),
            // "Stay signed in" on the timeout warning
            entry("GET /staff/session", SIGNED_IN),
            // administration and audit
            entry("GET /staff/accounts", ADMINISTRATORS),
            entry("GET /staff/accounts/new", ADMINISTRATORS),
            entry("POST /staff/accounts/new", ADMINISTRATORS),
            entry("POST /staff/accounts/{id}/{change}", ADMINISTRATORS),
            entry("GET /staff/audit", AUDITORS),
            // the adviser's workspace
            entry("GET /staff/households", CAPTURE),
            entry("POST /staff/households", CAPTURE),
            entry("GET /staff/households/{reference}", CAPTURE),
            entry("POST /staff/households/{reference}/assess", CAPTURE),
            entry("GET /staff/households/{reference}/consent", CAPTURE),
            entry("POST /staff/households/{reference}/consent", CAPTURE),
            entry("GET /staff/households/{reference}/consent/{id}/withdraw", CAPTURE),
            entry("POST /staff/households/{reference}/consent/{id}/withdraw", CAPTURE),
            entry("GET /staff/households/{reference}/evidence", CAPTURE),
            entry("POST /staff/households/{reference}/evidence", CAPTURE),
            entry("GET /staff/households/{reference}/evidence/{id}", CAPTURE),
            entry("GET /staff/households/{reference}/questions", CAPTURE),
            entry("GET /staff/households/{reference}/summary.pdf", CAPTURE),
            entry("GET /staff/households/{reference}/forms/{form}", CAPTURE),
            entry("GET /staff/households/{reference}/record", CAPTURE),
            entry("GET /staff/households/{reference}/record/{fact}", CAPTURE),
            entry("POST /staff/households/{reference}/record", CAPTURE),
            entry("GET /staff/households/{reference}/share/{agency}", CAPTURE),
            entry("POST /staff/households/{reference}/share/{agency}", CAPTURE),
            entry("POST /staff/households/{reference}/updates", CAPTURE),
            entry("GET /staff/households/{reference}/history", CAPTURE),
            entry("GET /staff/households/{reference}/record/section/{item}", CAPTURE),
            entry("GET /staff/households/new", CAPTURE),
            entry("POST /staff/households/new", CAPTURE),
            entry("GET /staff/households/{reference}/add/{list}", CAPTURE),
            entry("POST /staff/households/{reference}/add/{list}", CAPTURE),
            entry("GET /staff/households/{reference}/remove/{item}", CAPTURE),
            entry("POST /staff/households/{reference}/remove/{item}", CAPTURE),
            // the exchange API: agency systems with their key only, never a member of staff (ExchangeApiTest)
            entry("GET /api/v1/exchange/shares", Set.of()),
            entry("GET /api/v1/exchange/shares/{id}", Set.of()),
            entry("GET /api/v1/exchange/shares/{id}/documents/{document}", Set.of()),
            entry("POST /api/v1/exchange/shares/{id}/acknowledge", Set.of()),
            // each agency's inbox (an officer sees only their own agency's shares: SharingTest)
            entry("GET /staff/inbox", AGENCY_OFFICERS),
            entry("GET /staff/inbox/{id}", AGENCY_OFFICERS),
            entry("GET /staff/inbox/{id}/documents/{document}", AGENCY_OFFICERS),
            entry("POST /staff/inbox/{id}/accept", AGENCY_OFFICERS),
            entry("POST /staff/inbox/{id}/return", AGENCY_OFFICERS),
            // the JSON API: capturing and assessing households (agency officers see only what is shared with them)
            entry("POST /api/v1/households", CAPTURE),
            entry("GET /api/v1/households", CAPTURE),
            entry("GET /api/v1/households/{reference}", CAPTURE),
            entry("PUT /api/v1/households/{reference}", CAPTURE),
            entry("POST /api/v1/assessments", CAPTURE),
            entry("POST /api/v1/households/{reference}/assessments", CAPTURE),
            entry("GET /api/v1/households/{reference}/assessments", CAPTURE),
            entry("GET /api/v1/households/{reference}/assessments/{id}", CAPTURE),
            entry("GET /api/v1/councils", CAPTURE),
            entry("GET /api/v1/rental-areas", CAPTURE),
            entry("GET /api/v1/postcodes/{postcode}", CAPTURE),
            entry("POST /api/v1/better-off", CAPTURE),
            entry("POST /api/v1/better-off/chart", CAPTURE),
            entry("POST /api/v1/households/{reference}/better-off", CAPTURE),
            entry("POST /api/v1/households/{reference}/better-off/chart", CAPTURE));

    private static final String SIGN_IN = "/staff/sign-in";
    /** Routes that take a form with a file. */
    private static final Set<String> MULTIPART = Set.of("POST /staff/households/{reference}/evidence");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    Router router;
    @Inject
    EmbeddedServer server;
    @Inject
    StaffLogin login;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void everyRouteSaysWhoMayUseIt() {
        assertThat(routes()).containsExactlyInAnyOrderElementsOf(WHO_MAY.keySet());
    }

    @Test
    void everyRouteLetsInThoseItNamesAndNobodyElse() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String who : new TreeSet<>(ANYONE)) {
            for (String route : new TreeSet<>(routes())) {
                boolean allowed = WHO_MAY.getOrDefault(route, Set.of()).contains(who);
                HttpResponse<Void> answer = ask(route, who);
                int status = answer.statusCode();
                boolean refused = status == 401 || status == 403
                        || answer.headers().firstValue("Location").filter(SIGN_IN::equals).isPresent();
                if (refused == allowed) {
                    wrong.add(who + " " + route + ": " + status + (allowed ? ", should be let in" : ", should be refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Every route but HEAD, which Micronaut adds to every GET and secures as the GET. */
    private Set<String> routes() {
        return router.uriRoutes().filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .map(r -> r.getHttpMethod() + " " + template(r)).collect(Collectors.toSet());
    }

    private static String template(UriRouteInfo<?, ?> route) {
        String template = route.getUriMatchTemplate().toString();
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    }

    /** The route's answer to this caller, with a real sign-in and that session's own form token. */
    private HttpResponse<Void> ask(String route, String who) throws IOException, InterruptedException {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1)
                .replace("{reference}", "ABC-DEF-GHJ").replace("{id}", "1").replace("{change}", "unlock")
                .replace("{selector}", "liveness").replaceAll("\\{[^}]+}", "x");
        String cookie = null;
        String csrf = "";
        if (!who.equals(ANONYMOUS)) {
            Role role = Role.valueOf(who);
            // signing out ends the session: that route gets a sign-in of its own
            cookie = path.equals("/staff/sign-out") ? login.signIn(login.account(role), StaffLogin.PASSWORD).cookie()
                    : login.cookie(role);
            csrf = csrfOf(cookie);
        }
        boolean page = !path.startsWith("/api");
        // any type: a route that cannot give the one asked for answers 406 before security is asked
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path)).header("Accept", "*/*");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (method.equals(HttpMethod.GET.name())) {
            request.GET();
        } else if (MULTIPART.contains(route)) {
            Multipart body = Multipart.of(Map.of("csrf", csrf), null, null, null);
            request.header("Content-Type", body.contentType()).method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        } else {
            request.header("Content-Type", page ? "application/x-www-form-urlencoded" : "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(page ? "csrf=" + csrf : "{}"));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private String csrfOf(String cookie) throws IOException, InterruptedException {
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/staff"))
                .header("Cookie", cookie).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(home.body());
        assertThat(m.find()).as("a signed-in page carries the session's form token").isTrue();
        return m.group(1);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
