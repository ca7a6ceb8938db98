package org.triagegateway.exchange;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * A 401 from the exchange API says how to sign in (RFC 9110 s.11.6.1): with an agency's key, as a
 * bearer token. Agency systems' HTTP clients look for it before sending credentials again.
 */
@ServerFilter({ExchangeController.PATH, ExchangeController.PATH + "/**"})
class ExchangeChallenge implements Ordered {

    /** Around the security filter, which answers a request without a known key with 401 and goes no further. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @ResponseFilter
    void challenge(MutableHttpResponse<?> response) {
        if (response.getStatus() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"exchange\"");
        }
    }
}
