package org.triagegateway.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.token.response.JWTOpenIdClaims;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.StaffLogin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council's identity provider vouches for a verified email address, and the staff account with
 * that username decides the role; nothing else it says gets anyone in.
 */
@MicronautTest(transactional = false)
class OpenIdStaffMapperTest {

    @Inject
    StaffSignIn signIn;
    @Inject
    StaffAccountService accounts;
    @Inject
    HttpClientAddressResolver addresses;

    @Test
    void onlyAVerifiedEmailOfAnActiveAccountSignsIn() {
        accounts.create("rahul.shah@example-council.gov.uk", "Rahul Shah", Role.COUNCIL_OFFICER, "E06000032", StaffLogin.PASSWORD);
        OpenIdStaffMapper mapper = new OpenIdStaffMapper(signIn, addresses);

        AuthenticationResponse verified = mapper.respond(claims("rahul.shah@example-council.gov.uk", true, null));
        assertThat(verified.isAuthenticated()).isTrue();
        assertThat(verified.getAuthentication().orElseThrow().getRoles()).containsExactly(Roles.COUNCIL_OFFICER);

        assertThat(mapper.respond(claims("rahul.shah@example-council.gov.uk", false, null)).isAuthenticated())
                .as("an unverified email proves nothing").isFalse();
        assertThat(mapper.respond(claims(null, null, "rahul.shah@example-council.gov.uk")).isAuthenticated())
                .as("a username some providers let people choose").isFalse();
        assertThat(mapper.respond(claims("someone.else@example-council.gov.uk", true, null)).isAuthenticated())
                .as("no staff account, no entry").isFalse();
    }

    private static JWTOpenIdClaims claims(String email, Boolean verified, String preferredUsername) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("https://login.example-council.gov.uk/").subject("abc123");
        if (email != null) {
            claims.claim("email", email);
        }
        if (verified != null) {
            claims.claim("email_verified", verified);
        }
        if (preferredUsername != null) {
            claims.claim("preferred_username", preferredUsername);
        }
        return new JWTOpenIdClaims(claims.build());
    }
}
