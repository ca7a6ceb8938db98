package org.triagegateway.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.security.Role;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that cannot be reached gives 503 and a message a person can act on, to a member of
 * staff who signed in before it went down (their session cannot be checked either: still 503, not
 * "sign in again").
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.url", value = "jdbc:postgresql://127.0.0.1:9/unreachable")
@Property(name = "datasources.default.connection-timeout", value = "250")
@Property(name = "datasources.default.initialization-fail-timeout", value = "-1")
@Property(name = "flyway.datasources.default.enabled", value = "false")
@Property(name = "endpoints.health.enabled", value = "false")
class DatabaseDownTest {

    @Inject
    Api signedIn;
    @Inject
    TokenGenerator tokens;

    private Api api;

    @BeforeEach
    void signedInBeforeTheDatabaseWentDown() {
        Authentication adviser = Authentication.build("test-adviser", List.of(Role.ADVISER.name()),
                Map.of("sid", UUID.randomUUID().toString(), "name", "Test Adviser"));
        api = signedIn.withCookie("staff=" + tokens.generateToken(adviser, 600).orElseThrow());
    }

    @Test
    void readingAHouseholdWhileTheDatabaseIsDownIs503() {
        Api.Response response = api.get("/api/v1/households/" + HouseholdReference.generate().display());

        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).startsWith(Problem.CONTENT_TYPE);
        assertThat(response.json().path("detail").asText()).contains("database cannot be reached", "try again");
    }

    @Test
    void capturingAHouseholdWhileTheDatabaseIsDownIs503() {
        Api.Response response = api.post("/api/v1/households",
                "{\"people\": [{\"id\": \"c\", \"role\": \"CLAIMANT\", \"dateOfBirth\": \"1990-01-01\"}]}");

        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.json().path("detail").asText()).contains("Nothing was saved");
    }
}
