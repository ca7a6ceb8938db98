package org.triagegateway.exchange;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.AgencyEndpoints;
import org.triagegateway.sharing.Recipient;
import org.triagegateway.web.Secrets;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An agency's own system, signed in by the key it was given ({@code Authorization: Bearer <key>}),
 * on the exchange API only. Staff never use bearer tokens; their sign-in is a cookie.
 */
@Singleton
class ExchangeAuthentication implements AuthenticationFetcher<HttpRequest<?>> {

    static final String ROLE = "EXCHANGE_CLIENT";
    static final String AGENCY = "agency";
    static final String COUNCIL = "council";
    private static final String BEARER = "Bearer ";

    private final AgencyEndpoints endpoints;

    ExchangeAuthentication(AgencyEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (!request.getPath().startsWith(ExchangeController.PATH + "/") && !request.getPath().equals(ExchangeController.PATH)) {
            return Publishers.empty();
        }
        Optional<Recipient> agency = agency(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
        return agency.isPresent() ? Publishers.just(of(agency.get())) : Publishers.empty();
    }

    /** The agency whose key this is (Jobcentre Plus, or one council), compared in constant time with each configured key. */
    Optional<Recipient> agency(String authorization) {
        // the scheme's name is case-insensitive (RFC 9110 s.11.1): "bearer" is as good as "Bearer"
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String key = authorization.substring(BEARER.length()).strip();
        Recipient found = null;
        // every key is compared, so how long it takes does not say which agency's key was near
        for (Map.Entry<Recipient, String> each : endpoints.keys().entrySet()) {
            if (Secrets.same(each.getValue(), key)) {
                found = each.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    private static Authentication of(Recipient agency) {
        String name = agency.council() == null ? agency.agency().name() : "council-" + agency.council();
        Map<String, Object> attributes = new HashMap<>(Map.of(AGENCY, agency.agency().name()));
        if (agency.council() != null) {
            attributes.put(COUNCIL, agency.council());
        }
        return Authentication.build("system:" + name.toLowerCase(Locale.ROOT), List.of(ROLE), attributes);
    }

    /** The agency of a system signed in here. */
    static Recipient agencyOf(Authentication system) {
        return new Recipient(Agency.valueOf((String) system.getAttributes().get(AGENCY)), (String) system.getAttributes().get(COUNCIL));
    }
}
