package org.triagegateway;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.triagegateway.security.Role;
import org.triagegateway.security.StaffAccountService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in through the real form, as a browser would, and hands back the cookie that carries the
 * signed token. Tests get one account per role, made on first use.
 */
@Singleton
public final class StaffLogin {

    public static final String PASSWORD = "a long test passphrase";
    /** The council a test council benefits officer works for, unless a test names another: Luton. */
    public static final String LUTON = "E06000032";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final StaffAccountService accounts;
    private final TransactionOperations<?> transactions;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<Role, String> cookies = new ConcurrentHashMap<>();
    private final Map<String, String> councilCookies = new ConcurrentHashMap<>();

    @Inject
    public StaffLogin(EmbeddedServer server, StaffAccountService accounts, TransactionOperations<?> transactions) {
        this.base = server.getURI();
        this.accounts = accounts;
        this.transactions = transactions;
    }

    /** The username of the test account with this role. */
    public static String username(Role role) {
        return "test-" + role.name().toLowerCase().replace('_', '-');
    }

    /** "Cookie" header value for a signed-in member of staff with this role (signed in once, then reused). */
    public String cookie(Role role) {
        return cookies.computeIfAbsent(role, r -> signIn(account(r), PASSWORD).cookie());
    }

    /** A fresh sign-in, with its own session. */
    public Session signIn(String username, String password) {
        HttpResponse<String> form = send(HttpRequest.newBuilder(base.resolve("/staff/sign-in")).GET().build());
        String formCookie = setCookie(form, "staff-sign-in");
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No form token on the sign-in page");
        }
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(base.resolve("/staff/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", formCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("csrf", csrf.group(1), "username", username,
                        "password", password)))).build());
        boolean in = signedIn.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("staff=") && !c.startsWith("staff=;"));
        return new Session(signedIn, in ? setCookie(signedIn, "staff") : null);
    }

    /** What a sign-in answered, and the token's cookie when it worked. */
    public record Session(HttpResponse<String> response, String cookie) {
    }

    /** "Cookie" header value for a council benefits officer of this council (ONS code), signed in once. */
    public String councilOfficer(String council) {
        return councilCookies.computeIfAbsent(council, c -> {
            String username = "test-council-officer-" + c.toLowerCase(java.util.Locale.ROOT);
            if (accounts.findActive(username).isEmpty()) {
                transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW),
                        status -> accounts.create(username, "Test officer of " + c, Role.COUNCIL_OFFICER, c, PASSWORD));
            }
            return signIn(username, PASSWORD).cookie();
        });
    }

    public String account(Role role) {
        String username = username(role);
        if (accounts.findActive(username).isEmpty()) {
            // committed at once: a test method's own transaction is not seen by the server's connections
            transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW),
                    status -> accounts.create(username, "Test " + role.label(), role, role == Role.COUNCIL_OFFICER ? LUTON : null,
                            PASSWORD));
        }
        return username;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + name + " cookie: " + response.headers()));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
