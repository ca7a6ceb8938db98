package org.triagegateway.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triagegateway.web.RateLimiter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refused attempts are entries too, so compliance sees probing: a signed-in member of staff or an
 * agency's system refused a route (403), or asking for a household, share or document that is not
 * theirs to see (404, which is also what another agency's share looks like), and a caller without
 * a sign-in refused by the API (401). Written as "refused-403" (or 401, 404) against the record the
 * address names, or the route when it names none.
 */
@ServerFilter({"/staff/**", "/api/**"})
class RefusalAudit implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalAudit.class);
    /** Where a path names a record: its type and the group holding its id. */
    private static final List<Named> RECORDS = List.of(
            new Named("household", Pattern.compile("^/(?:staff|api/v1)/households/([^/?]+)")),
            new Named("share", Pattern.compile("^/(?:staff/inbox|api/v1/exchange/shares)/([^/?]+)")));

    private final AuditTrail trail;
    private final HttpClientAddressResolver addresses;
    /**
     * Anyone can knock on the API without signing in: each address's first knocks a minute are
     * written, the rest are not, so a flood cannot fill the trail or queue real entries behind it.
     */
    private final RateLimiter anonymous;

    RefusalAudit(AuditTrail trail, HttpClientAddressResolver addresses,
                 @Value("${triage.audit.anonymous-refusals-per-minute:10}") int anonymousPerMinute, Clock clock) {
        this.trail = trail;
        this.addresses = addresses;
        this.anonymous = new RateLimiter(anonymousPerMinute, clock);
    }

    /** Around the security filter, so its refusals pass through here. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void recordRefusal(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        Optional<Authentication> who = request.getUserPrincipal(Authentication.class);
        Optional<Named> record = RECORDS.stream().filter(n -> n.pattern().matcher(request.getPath()).find()).findFirst();
        boolean refused = status == HttpStatus.FORBIDDEN && who.isPresent()
                || status == HttpStatus.UNAUTHORIZED && request.getPath().startsWith("/api/")
                || status == HttpStatus.NOT_FOUND && who.isPresent() && record.isPresent();
        if (!refused) {
            return;
        }
        String address = addresses.resolve(request);
        if (who.isEmpty() && !anonymous.allow(String.valueOf(address))) {
            return;
        }
        AuditTrail.Actor actor = AuditTrail.Actor.of(who, address);
        // a path is whatever a caller typed: kept as printable text (the trail cuts it to its column)
        String path = request.getPath().replaceAll("\\p{Cntrl}", "?");
        try {
            if (record.isPresent()) {
                Matcher m = record.get().pattern().matcher(path);
                m.find();
                trail.record(actor, "refused-" + status.getCode(), record.get().type(), m.group(1));
            } else {
                trail.record(actor, "refused-" + status.getCode(), "route", request.getMethodName() + " " + path);
            }
        } catch (RuntimeException e) {
            // the refusal stands as it was answered: a trail that cannot be written now never turns it into a 500
            LOG.warn("Could not write the refusal of {} {} to the audit trail: {}", request.getMethodName(), path, e.toString());
        }
    }

    private record Named(String type, Pattern pattern) {
    }
}
