package org.triagegateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.triagegateway.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain HTTP against the running test server, signed in as an adviser (the API is for staff):
 * raw bodies in, status and JSON out, errors included.
 */
@Singleton
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;
    private final Supplier<String> cookie;

    @Inject
    public Api(EmbeddedServer server, StaffLogin login) {
        this(server.getURI(), () -> login.cookie(Role.ADVISER));
    }

    private Api(URI base, Supplier<String> cookie) {
        this.base = base;
        this.cookie = cookie;
    }

    /** The same API with another sign-in: a "Cookie" header value. */
    public Api withCookie(String cookie) {
        return new Api(base, () -> cookie);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** As a browser asks for a page. */
    public Response page(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
    }

    public Response post(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form from a staff page, with the session's own form token added. */
    public Response postForm(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf", csrf());
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(StaffLogin.form(form))));
    }

    /** A staff page's multipart form with one file, with the session's own form token added. */
    public Response postFile(String path, Map<String, String> fields, String fileName, byte[] content) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf", csrf());
        Multipart body = Multipart.of(form, "file", fileName, content);
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    private String csrf() {
        Matcher csrf = CSRF.matcher(get("/staff").body());
        if (!csrf.find()) {
            throw new IllegalStateException("No form token on /staff");
        }
        return csrf.group(1);
    }

    /** A file, such as a PDF: its bytes as they came. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookie.get())
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Download(int status, String contentType, String disposition, byte[] body) {
    }

    public Response put(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Response send(HttpRequest.Builder request) {
        request.header("Cookie", cookie.get());
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String location, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }
    }
}
