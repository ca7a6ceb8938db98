package org.triagegateway.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

/**
 * Who is asking, for the audit trail, sign-in logs and the kiosk's rate limit: the connection's own
 * address, unless the service is configured to run behind a proxy that names the client in a
 * header ({@code micronaut.server.client-address-header}). Micronaut's default would otherwise
 * believe any Forwarded or X-Forwarded-For header a caller chose to send.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
class ClientAddress implements HttpClientAddressResolver {

    @Nullable
    private final String header;

    ClientAddress(HttpServerConfiguration configuration) {
        this.header = configuration.getClientAddressHeader();
    }

    @Override
    @Nullable
    @SuppressWarnings("rawtypes")
    public String resolve(HttpRequest request) {
        if (header != null) {
            String named = request.getHeaders().get(header);
            if (named != null && !named.isBlank()) {
                // a proxy appends: the first is the client as the outermost trusted proxy saw it
                return named.split(",")[0].strip();
            }
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
