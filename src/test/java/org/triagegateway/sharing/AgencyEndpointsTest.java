package org.triagegateway.sharing;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settings that would send personal data in clear, unsigned, or to the wrong agency stop the service starting. */
class AgencyEndpointsTest {

    private static final String KEY = "k".repeat(AgencyEndpoints.SHORTEST_KEY);
    private static final Recipient LUTON = Recipient.council("E06000032");
    private static final Recipient CENTRAL_BEDFORDSHIRE = Recipient.council("E06000056");

    private static AgencyEndpoints endpoints(String jobcentreKey, String lutonKey, String lutonWebhook, String centralKey) {
        Map<Recipient, AgencyEndpoints.Setting> settings = new LinkedHashMap<>();
        settings.put(Recipient.JOBCENTRE_PLUS, new AgencyEndpoints.Setting(jobcentreKey, ""));
        settings.put(LUTON, new AgencyEndpoints.Setting(lutonKey, lutonWebhook));
        settings.put(CENTRAL_BEDFORDSHIRE, new AgencyEndpoints.Setting(centralKey, ""));
        return new AgencyEndpoints(settings);
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> endpoints("", "short", "", "")).hasMessageContaining("at least 32");
        assertThatThrownBy(() -> endpoints(KEY, KEY, "", "")).as("Jobcentre Plus's key given to a council")
                .hasMessageContaining("another agency's key");
        assertThatThrownBy(() -> endpoints("", KEY, "", KEY)).as("one council's key given to another")
                .hasMessageContaining("triage.exchange.councils.E06000056.key is another agency's key");
        assertThatThrownBy(() -> endpoints("", KEY, "http://council.example.gov.uk/hook", ""))
                .hasMessageContaining("must be an https address");
        assertThatThrownBy(() -> endpoints("", "", "https://council.example.gov.uk/hook", ""))
                .hasMessageContaining("needs triage.exchange.councils.E06000032.key");
        assertThatThrownBy(() -> endpoints("", KEY, "https://bad address", "")).hasMessageContaining("not an address");
    }

    @Test
    void eachCouncilHasItsOwnKeyAndWebhook() {
        AgencyEndpoints endpoints = endpoints("", KEY, "https://council.example.gov.uk/hook", "");
        assertThat(endpoints.key(LUTON)).contains(KEY);
        assertThat(endpoints.key(CENTRAL_BEDFORDSHIRE)).isEmpty();
        assertThat(endpoints.key(Recipient.JOBCENTRE_PLUS)).isEmpty();
        assertThat(endpoints.webhook(LUTON)).hasValueSatisfying(u -> assertThat(u.getHost()).isEqualTo("council.example.gov.uk"));
        assertThat(endpoints.webhook(CENTRAL_BEDFORDSHIRE)).isEmpty();
        assertThat(endpoints.keys()).containsOnlyKeys(LUTON);
    }
}
