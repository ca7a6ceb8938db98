package org.triagegateway.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@Property(name = "triage.api.open", value = "false")
class ApiGateTest {

    @Inject
    Api api;

    @Test
    void untilStaffSignInExistsTheApiIsShutSoAReferenceAloneReadsNothing() {
        Api.Response read = api.get("/api/v1/households/K7M-P3Q-XRT");

        assertThat(read.status()).isEqualTo(403);
        assertThat(read.json().toString()).contains("The API is not open");
        assertThat(api.post("/api/v1/households", "{}").status()).isEqualTo(403);
        assertThat(api.get("/kiosk").status()).as("the kiosk needs no sign-in").isEqualTo(200);
    }
}
