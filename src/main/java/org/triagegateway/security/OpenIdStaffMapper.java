package org.triagegateway.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Sign-in through a council's identity provider (OpenID Connect): the provider vouches for who
 * the person is by their email address, which it must say it has verified ({@code email_verified});
 * a {@code preferred_username} is not used, as some providers let people choose their own. The
 * role, and whether they may sign in at all, come from their staff account here, which an
 * administrator creates with that email address as its username. Sessions then work as for a
 * password sign-in.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
@Requires(property = "micronaut.security.oauth2.enabled", value = "true")
class OpenIdStaffMapper implements OpenIdAuthenticationMapper {

    private final StaffSignIn signIn;
    private final HttpClientAddressResolver addresses;

    OpenIdStaffMapper(StaffSignIn signIn, HttpClientAddressResolver addresses) {
        this.signIn = signIn;
        this.addresses = addresses;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName, OpenIdTokenResponse tokenResponse,
                                                                          OpenIdClaims claims, @Nullable State state) {
        return Publishers.just(respond(claims));
    }

    AuthenticationResponse respond(OpenIdClaims claims) {
        String username = claims.getEmail();
        if (username == null || !Boolean.TRUE.equals(claims.isEmailVerified())) {
            return AuthenticationResponse.failure("The identity provider did not give a verified email address");
        }
        String address = ServerRequestContext.currentRequest().map(addresses::resolve).orElse(null);
        return signIn.signInVerified(username, address)
                .map(a -> AuthenticationResponse.success(a.getName(), a.getRoles(), a.getAttributes()))
                .orElseGet(() -> AuthenticationResponse.failure("There is no staff account for " + username));
    }
}
