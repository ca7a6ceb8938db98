package org.triagegateway.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The Prometheus metrics say how many sign-ins failed on which route and much else an attacker
 * would like: only a scraper with TRIAGE_METRICS_KEY (as {@code Authorization: Bearer <key>})
 * reads them. Without a key configured the metrics are served to nobody.
 */
// "/prometheus/" reaches the endpoint too, and an Ant pattern without /** would not match it
@ServerFilter({"/prometheus", "/prometheus/**"})
class MetricsAccess {

    private final String key;

    MetricsAccess(@Nullable @Value("${triage.metrics.key:}") String key) {
        this.key = key == null || key.isBlank() ? null : key;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> onlyTheScraper(HttpRequest<?> request) {
        String sent = request.getHeaders().getAuthorization()
                .filter(value -> value.startsWith("Bearer ")).map(value -> value.substring("Bearer ".length())).orElse(null);
        if (key != null && Secrets.same(key, sent)) {
            return null;
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"metrics\"");
    }
}
