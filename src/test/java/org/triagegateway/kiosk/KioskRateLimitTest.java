package org.triagegateway.kiosk;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** One address asking too often is turned away with a page anyone at the kiosk can read. */
@MicronautTest
@Property(name = "triage.kiosk.requests-per-minute", value = "3")
class KioskRateLimitTest {

    @Inject
    Api api;

    @Test
    void theFourthRequestInAMinuteIsRefusedInEveryKioskLanguage() {
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/kiosk").status()).isEqualTo(200);
        }

        Api.Response refused = api.get("/kiosk");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("text/html");
        for (KioskLanguage language : KioskLanguage.values()) {
            String title = ResourceBundle.getBundle("i18n.kiosk", language.locale()).getString("message.tooMany.title");
            assertThat(refused.body()).contains("lang=\"" + language.code() + "\" dir=\"" + language.direction() + "\"", title);
        }
        assertThat(api.get("/api/v1/households/ABC-DEF-GHJ").status()).as("the API is not the kiosk's to limit").isNotEqualTo(429);
    }
}
