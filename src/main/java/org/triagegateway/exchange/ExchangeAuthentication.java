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
import org.triagegateway.web.Secrets;

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
        Optional<Agency> agency = agency(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
        return agency.isPresent() ? Publishers.just(of(agency.get())) : Publishers.empty();
    }

    /** The agency whose key this is, compared in constant time with each configured key. */
    Optional<Agency> agency(String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return Optional.empty();
        }
        String key = authorization.substring(BEARER.length()).strip();
        for (Agency agency : Agency.values()) {
            if (endpoints.key(agency).filter(k -> Secrets.same(k, key)).isPresent()) {
                return Optional.of(agency);
            }
        }
        return Optional.empty();
    }

    private static Authentication of(Agency agency) {
        return Authentication.build("system:" + agency.name().toLowerCase(Locale.ROOT), List.of(ROLE), Map.of(AGENCY, agency.name()));
    }
}
