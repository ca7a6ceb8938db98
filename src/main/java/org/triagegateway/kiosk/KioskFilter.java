package org.triagegateway.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import org.triagegateway.web.RateLimiter;

import java.time.Clock;
import java.util.Locale;

import static org.triagegateway.web.Markup.escape;

/**
 * Every kiosk page: nothing kept in the browser's cache or history store, not shown inside other
 * sites, no referrer sent to other sites (not "no-referrer": browsers then send "Origin: null" with
 * forms, which Micronaut refuses for a server on localhost); and a limit on requests from one address.
 */
@ServerFilter("/kiosk/**")
class KioskFilter {

    /** Enough for any person using a kiosk; it stops a script filling the database with sessions. */
    private final RateLimiter limiter;
    private final KioskMessages messages;
    private final HttpClientAddressResolver addresses;

    /**
     * @param addresses the client's address; behind a proxy, set micronaut.server.client-address-header
     *                  (e.g. X-Forwarded-For) so that each kiosk is counted, not the proxy
     */
    KioskFilter(KioskConfiguration configuration, KioskMessages messages, HttpClientAddressResolver addresses, Clock clock) {
        this.limiter = new RateLimiter(configuration.requestsPerMinute(), clock);
        this.messages = messages;
        this.addresses = addresses;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        if (limiter.allow(addresses.resolve(request))) {
            return null;
        }
        // Said in every kiosk language: finding the person's own would mean reading their session, the work this limit saves
        StringBuilder body = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(messages.text("message.tooMany.title", Locale.ENGLISH))).append("</title></head><body><main>");
        for (KioskLanguage language : KioskLanguage.values()) {
            Locale locale = language.locale();
            body.append("<div lang=\"").append(language.code()).append("\" dir=\"").append(language.direction()).append("\"><h1>")
                    .append(escape(messages.text("message.tooMany.title", locale))).append("</h1><p>")
                    .append(escape(messages.text("message.tooMany.text", locale))).append("</p></div>");
        }
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60")
                .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                .body(body.append("</main></body></html>").toString());
    }

    /** Set, not added, so each is sent once whatever else set it on the way. */
    @ResponseFilter
    void privateAndUnframed(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Cache-Control", "no-store, max-age=0");
        headers.set("Pragma", "no-cache");
        headers.set("Expires", "0");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
    }
}
