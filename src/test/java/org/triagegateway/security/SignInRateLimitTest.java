package org.triagegateway.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.StaffLogin;

import static org.assertj.core.api.Assertions.assertThat;

/** One address may only try so many sign-ins a minute, whichever usernames it tries. */
@MicronautTest(transactional = false)
@Property(name = "triage.staff.sign-ins-per-minute", value = "3")
class SignInRateLimitTest {

    @Inject
    StaffLogin login;

    @Test
    void guessingAcrossManyUsernamesIsSlowedDown() {
        for (int i = 0; i < 3; i++) {
            assertThat(login.signIn("someone-" + i, "a guess").response().statusCode()).isEqualTo(401);
        }
        StaffLogin.Session refused = login.signIn("someone-else", "another guess");
        assertThat(refused.response().statusCode()).isEqualTo(429);
        assertThat(refused.response().body()).contains("Too many sign-in attempts from this computer");
        assertThat(login.signIn("admin", "correct horse battery staple").cookie()).as("not even the right password, for now").isNull();
    }
}
