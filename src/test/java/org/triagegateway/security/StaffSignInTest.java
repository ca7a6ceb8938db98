package org.triagegateway.security;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Rows;
import org.triagegateway.StaffLogin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and what ends it: sign-out, idleness, a switched-off account; the lock after wrong passwords. */
@MicronautTest(transactional = false)
class StaffSignInTest {

    @Inject
    EmbeddedServer server;
    @Inject
    StaffLogin login;
    @Inject
    StaffAccountService accounts;
    @Inject
    StaffSignIn signIn;
    @Inject
    Rows rows;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theFirstAdministratorFromTheConfigurationCanSignIn() throws Exception {
        StaffLogin.Session session = login.signIn("admin", "correct horse battery staple");

        assertThat(session.response().statusCode()).isEqualTo(303);
        assertThat(session.response().headers().firstValue("Location")).hasValue("/staff");
        assertThat(page("/staff", session.cookie()).body()).contains("Signed in as", "Administrator", "Staff accounts");
    }

    @Test
    void theTokenTravelsInACookieScriptsCannotReadAndOtherSitesCannotSend() {
        StaffLogin.Session session = login.signIn(login.account(Role.ADVISER), StaffLogin.PASSWORD);

        String cookie = session.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("staff=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HTTPOnly", "Secure", "SameSite=Strict", "Path=/");
        assertThat(cookie.substring("staff=".length()).split("\\.")).as("a signed JWT").hasSize(3);
    }

    @Test
    void aWrongUsernameAndAWrongPasswordGetTheSameAnswer() {
        login.account(Role.ADVISER);
        StaffLogin.Session unknown = login.signIn("nobody-here", "whatever it may be");
        StaffLogin.Session wrong = login.signIn(StaffLogin.username(Role.ADVISER), "not the password at all");

        for (StaffLogin.Session session : new StaffLogin.Session[]{unknown, wrong}) {
            assertThat(session.cookie()).isNull();
            assertThat(session.response().statusCode()).isEqualTo(401);
            assertThat(session.response().body()).contains("There is a problem", "Enter a correct username and password");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        accounts.create("lock-me", "Lock Me", Role.ADVISER, null, StaffLogin.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(login.signIn("lock-me", "wrong password number " + i).response().body())
                    .contains("Enter a correct username and password");
        }
        String wrong = errorOf(login.signIn("lock-me", "the fifth wrong one"));
        assertThat(wrong).contains("an account is locked for 15 minutes");

        StaffLogin.Session right = login.signIn("lock-me", StaffLogin.PASSWORD);
        assertThat(right.cookie()).isNull();
        assertThat(errorOf(right)).as("a locked account is not told apart from a wrong password").isEqualTo(wrong);
        assertThat(errorOf(login.signIn("nobody-by-this-name", "any password at all")))
                .as("nor from an account that does not exist").isEqualTo(wrong);

        accounts.unlock(accounts.all().stream().filter(a -> a.username().equals("lock-me")).findFirst().orElseThrow().id());
        assertThat(login.signIn("lock-me", StaffLogin.PASSWORD).cookie()).isNotNull();
    }

    @Test
    void guessesSentAllAtOnceAreCountedBeforeTheyAreChecked() throws Exception {
        accounts.create("race-me", "Race Me", Role.ADVISER, null, StaffLogin.PASSWORD);
        List<CompletableFuture<StaffSignIn.Outcome>> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String guess = "wrong guess number " + i;
            guesses.add(CompletableFuture.supplyAsync(() -> signIn.signIn("race-me", guess, "10.0.0.9"), Executors.newCachedThreadPool()));
        }
        List<StaffSignIn.Outcome> answers = guesses.stream().map(CompletableFuture::join).toList();
        long checked = answers.stream().filter(g -> g instanceof StaffSignIn.Outcome.Refused).count();

        assertThat(answers).noneMatch(a -> a instanceof StaffSignIn.Outcome.SignedIn);
        assertThat(checked).as("wrong passwords checked before the lock").isLessThanOrEqualTo(4);
        assertThat(login.signIn("race-me", StaffLogin.PASSWORD).cookie()).as("locked, even to the right password").isNull();
    }

    @Test
    void staffPagesAreKeptOutOfTheBrowsersCacheAndFrames() throws Exception {
        String cookie = login.signIn(login.account(Role.ADVISER), StaffLogin.PASSWORD).cookie();

        HttpResponse<String> home = page("/staff", cookie);

        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store, max-age=0");
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void signingOutEndsTheTokenEvenIfSomeoneKeptIt() throws Exception {
        String cookie = login.signIn(login.account(Role.ADVISER), StaffLogin.PASSWORD).cookie();
        assertThat(page("/staff", cookie).statusCode()).isEqualTo(200);
        String csrf = csrf(page("/staff", cookie).body());

        HttpResponse<String> out = client.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/staff/sign-out"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("staff=;").contains("Max-Age=0"));
        assertSentToSignIn(page("/staff", cookie));
    }

    @Test
    void signingOutNeedsTheSessionsOwnFormToken() throws Exception {
        String cookie = login.signIn(login.account(Role.ADVISER), StaffLogin.PASSWORD).cookie();

        HttpResponse<String> out = client.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/staff/sign-out"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=forged")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(out.statusCode()).isEqualTo(403);
        assertThat(page("/staff", cookie).statusCode()).isEqualTo(200);
    }

    @Test
    void anIdleSessionLetsNobodyIn() throws Exception {
        String cookie = login.signIn(login.account(Role.ADVISER), StaffLogin.PASSWORD).cookie();
        assertThat(page("/staff", cookie).statusCode()).isEqualTo(200);

        rows.execute("UPDATE staff_session SET last_seen_at = now() - interval '16 minutes' WHERE ended_at IS NULL");

        assertSentToSignIn(page("/staff", cookie));
    }

    @Test
    void switchingAnAccountOffEndsItsSessionsAtOnce() throws Exception {
        StaffAccount account = accounts.create("switch-me-off", "Switch Me Off", Role.ADVISER, null, StaffLogin.PASSWORD);
        String cookie = login.signIn("switch-me-off", StaffLogin.PASSWORD).cookie();
        assertThat(page("/staff", cookie).statusCode()).isEqualTo(200);

        accounts.setActive(account.id(), false);

        assertSentToSignIn(page("/staff", cookie));
        assertThat(login.signIn("switch-me-off", StaffLogin.PASSWORD).cookie()).isNull();
    }

    @Test
    void aBrowserWithoutASignInIsSentToTheFormAndAnApiClientIsToldSo() throws Exception {
        HttpResponse<String> browser = client.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/staff"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/households/ABC-DEF-GHJ"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(browser.statusCode()).isIn(302, 303);
        assertThat(browser.headers().firstValue("Location")).hasValue("/staff/sign-in");
        assertThat(api.statusCode()).isEqualTo(401);
    }

    @Test
    void aPostedSignInWithoutTheFormsOwnTokenIsRefused() throws Exception {
        HttpResponse<String> forged = client.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/staff/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(StaffLogin.form(Map.of("username", "admin",
                        "password", "correct horse battery staple", "csrf", "made-up")))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("staff="));
    }

    private HttpResponse<String> page(String path, String cookie) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.getURI() + path)).header("Cookie", cookie)
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.headers().firstValue("Location")).hasValue("/staff/sign-in");
    }

    private static String csrf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The error the sign-in page gives, beside the username. */
    private static String errorOf(StaffLogin.Session session) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"username-error\">\\s*<span[^>]*>Error:</span>\\s*([^<]+)")
                .matcher(session.response().body());
        assertThat(m.find()).as(session.response().body()).isTrue();
        return m.group(1).strip();
    }
}
