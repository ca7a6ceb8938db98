package org.triagegateway.sharing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settings that would send personal data in clear, unsigned, or to the wrong agency stop the service starting. */
class AgencyEndpointsTest {

    private static final String KEY = "k".repeat(AgencyEndpoints.SHORTEST_KEY);

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new AgencyEndpoints("short", "", "", "")).hasMessageContaining("at least 32");
        assertThatThrownBy(() -> new AgencyEndpoints(KEY, KEY, "", "")).hasMessageContaining("different exchange keys");
        assertThatThrownBy(() -> new AgencyEndpoints(KEY, "", "http://council.example.gov.uk/hook", ""))
                .hasMessageContaining("must be an https address");
        assertThatThrownBy(() -> new AgencyEndpoints("", "", "https://council.example.gov.uk/hook", ""))
                .hasMessageContaining("needs triage.exchange.council.key");
        assertThatThrownBy(() -> new AgencyEndpoints(KEY, "", "https://bad address", "")).hasMessageContaining("not an address");
    }

    @Test
    void goodSettingsAreKept() {
        AgencyEndpoints endpoints = new AgencyEndpoints(KEY, "", "https://council.example.gov.uk/hook", "");
        assertThat(endpoints.key(Agency.COUNCIL)).contains(KEY);
        assertThat(endpoints.key(Agency.JOBCENTRE_PLUS)).isEmpty();
        assertThat(endpoints.webhook(Agency.COUNCIL)).hasValueSatisfying(u -> assertThat(u.getHost()).isEqualTo("council.example.gov.uk"));
        assertThat(endpoints.webhook(Agency.JOBCENTRE_PLUS)).isEmpty();
    }
}
