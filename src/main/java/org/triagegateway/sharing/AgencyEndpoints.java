package org.triagegateway.sharing;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Optional;

/**
 * How each agency's own system connects: the key it presents to the exchange API (and that signs
 * what is sent to its webhook), and its webhook, if it has one. From {@code triage.exchange}.
 */
@Singleton
public class AgencyEndpoints {

    /** A key shorter than this could be guessed. */
    public static final int SHORTEST_KEY = 32;

    private final String councilKey;
    private final String jobcentreKey;
    private final String councilWebhook;
    private final String jobcentreWebhook;

    AgencyEndpoints(@Value("${triage.exchange.council.key:}") String councilKey,
                    @Value("${triage.exchange.jobcentre-plus.key:}") String jobcentreKey,
                    @Value("${triage.exchange.council.webhook:}") String councilWebhook,
                    @Value("${triage.exchange.jobcentre-plus.webhook:}") String jobcentreWebhook) {
        this.councilKey = councilKey;
        this.jobcentreKey = jobcentreKey;
        this.councilWebhook = councilWebhook;
        this.jobcentreWebhook = jobcentreWebhook;
        for (String key : new String[]{councilKey, jobcentreKey}) {
            if (!key.isEmpty() && key.length() < SHORTEST_KEY) {
                throw new IllegalStateException("An exchange key must be at least " + SHORTEST_KEY + " characters");
            }
        }
    }

    /** The agency's key, if its system may use the exchange API. */
    public Optional<String> key(Agency agency) {
        return blank(agency == Agency.COUNCIL ? councilKey : jobcentreKey);
    }

    public Optional<URI> webhook(Agency agency) {
        return blank(agency == Agency.COUNCIL ? councilWebhook : jobcentreWebhook).map(URI::create);
    }

    private static Optional<String> blank(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
