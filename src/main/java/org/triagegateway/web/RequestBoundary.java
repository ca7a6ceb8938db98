package org.triagegateway.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.netty.handler.codec.compression.DecompressionException;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Every request's text is checked here, before any controller, database or PDF sees it: the
 * path and query string, and JSON and form bodies ({@link AcceptableText} decides which
 * characters may pass). A refusal is a 400 naming the field, as problem details for a program or
 * a GOV.UK error page for a person, and one line in the log, never a stack trace.
 *
 * <p>JSON and form bodies have their own size limit, far below the upload limit
 * (evidence, staff.EvidenceUploadLimit): a Content-Length over it is refused before a byte of the
 * body is read; a body without one is cut off by the server's own limit ({@code
 * micronaut.server.max-request-size}, 1 MB) as it arrives. Uploads (multipart) are not read here.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestBoundary implements Ordered {

    static final String TITLE = "The request cannot be read";
    private static final Logger LOG = LoggerFactory.getLogger(RequestBoundary.class);

    private final Problems problems;
    private final long limit;

    /**
     * @param limit the largest JSON or form body: the largest household the API accepts is 99 KB
     *              (159 KB pretty-printed with every letter escaped), so 256 KB leaves room
     */
    RequestBoundary(Problems problems, @Value("${triage.web.max-text-body:256KB}") @ReadableBytes long limit) {
        this.problems = problems;
        this.limit = limit;
    }

    /** After sign-in is checked: a caller the API does not know gets 401 without its body being read. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    /**
     * A reactive continuation, not a future of a nullable response: Micronaut 4.10 fails (a
     * NullPointerException in AroundLegacyFilter) when such a future completes after the body arrives.
     */
    @RequestFilter
    Publisher<MutableHttpResponse<?>> check(HttpRequest<?> request, FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        if (request.getContentType().flatMap(MediaType::getCharset).filter(c -> !StandardCharsets.UTF_8.equals(c)).isPresent()) {
            // Micronaut decodes a form and the query with the charset a request names; the checks here read UTF-8,
            // so another charset would let through what they refuse (U+202E sent as two bytes of UTF-16)
            return Mono.just(refuse(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, new Refusal(null,
                    "Text must be sent as UTF-8: say charset=UTF-8, or no charset.")));
        }
        Optional<Refusal> address = checkAddress(request);
        if (address.isPresent()) {
            return Mono.just(refuse(request, HttpStatus.BAD_REQUEST, address.get()));
        }
        if (!hasBody(request)) {
            return chain.proceed();
        }
        Optional<MediaType> type = request.getContentType();
        if (type.isEmpty()) {
            // Micronaut would read such a body as JSON: a client must say what it sends
            return Mono.just(refuse(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, new Refusal(null, "The request has a body but no "
                    + "Content-Type: send application/json to the API, application/x-www-form-urlencoded from a form.")));
        }
        boolean json = isJson(type.get());
        boolean form = type.get().getName().equalsIgnoreCase(MediaType.APPLICATION_FORM_URLENCODED);
        if (!json && !form || !(request instanceof ServerHttpRequest<?> server)) {
            return chain.proceed();
        }
        if (request.getContentLength() > limit) {
            return Mono.just(tooLarge(request));
        }
        CompletableFuture<Optional<MutableHttpResponse<?>>> checked;
        try (CloseableByteBody copy = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST)) {
            checked = copy.buffer().thenApply(body -> {
                try (body) {
                    return Optional.ofNullable(body.length() > limit ? tooLarge(request) : checkBody(request, body.toByteArray(), json));
                }
            });
        }
        return Mono.fromFuture(checked)
                .onErrorResume(failure -> cause(failure) instanceof DecompressionException
                        ? Mono.just(Optional.of(refuse(request, HttpStatus.BAD_REQUEST, new Refusal(null, BadContentEncoding.DETAIL))))
                        : Mono.error(failure))
                .flatMap(refusal -> refusal.<Mono<MutableHttpResponse<?>>>map(Mono::just)
                        .orElseGet(() -> Mono.from(chain.proceed())));
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private Optional<Refusal> checkAddress(HttpRequest<?> request) {
        String rawPath = request.getUri().getRawPath();
        Optional<String> path = FormCheck.decode(rawPath == null ? "" : rawPath, false);
        if (path.isEmpty()) {
            return Optional.of(new Refusal(null, "The address is not percent-encoded UTF-8."));
        }
        Optional<String> refused = AcceptableText.refusal(path.get(), false);
        if (refused.isPresent()) {
            return Optional.of(new Refusal(null, "The address " + refused.get() + "."));
        }
        return FormCheck.check(request.getUri().getRawQuery(), true)
                .map(r -> new Refusal(r.field(), "The address's query " + (r.field() == null ? "" : "parameter '" + r.field() + "' ")
                        + r.reason() + "."));
    }

    private @Nullable MutableHttpResponse<?> checkBody(HttpRequest<?> request, byte[] body, boolean json) {
        if (json) {
            return JsonBodyCheck.check(body).map(r -> refuse(request, HttpStatus.BAD_REQUEST, r)).orElse(null);
        }
        Optional<String> text = FormCheck.utf8(body);
        if (text.isEmpty()) {
            return refuse(request, HttpStatus.BAD_REQUEST, new Refusal(null, "The form is not UTF-8 text."));
        }
        return FormCheck.check(text.get(), true).map(r -> refuse(request, HttpStatus.BAD_REQUEST, r,
                // a person sees only the first message, not the field's name beside it: the sentence says which and what to do
                (r.field() == null ? "The form " : "What was entered in '" + r.field() + "' ") + r.reason()
                        + ". Go back, remove it and try again.")).orElse(null);
    }

    private MutableHttpResponse<?> tooLarge(HttpRequest<?> request) {
        return refuse(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, new Refusal(null,
                "A JSON or form body may be at most " + limit / 1024 + " KB."));
    }

    private MutableHttpResponse<?> refuse(HttpRequest<?> request, HttpStatus status, Refusal refusal) {
        return refuse(request, status, refusal, refusal.reason());
    }

    private MutableHttpResponse<?> refuse(HttpRequest<?> request, HttpStatus status, Refusal refusal, String message) {
        // one line, and never the value itself: it may be someone's name
        LOG.info("Refused {} {} with {}: {}{}", request.getMethod(), request.getPath(), status.getCode(),
                refusal.field() == null ? "" : refusal.field() + " ", refusal.reason());
        return problems.respond(request, new ProblemException(status, TITLE, message), status, TITLE,
                List.of(Problems.error(refusal.field(), message, TITLE)));
    }

    private static boolean hasBody(HttpRequest<?> request) {
        return request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static boolean isJson(MediaType type) {
        return type.getName().equalsIgnoreCase(MediaType.APPLICATION_JSON) || type.getSubtype().toLowerCase().endsWith("+json");
    }
}
