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
    private final URI councilWebhook;
    private final URI jobcentreWebhook;

    AgencyEndpoints(@Value("${triage.exchange.council.key:}") String councilKey,
                    @Value("${triage.exchange.jobcentre-plus.key:}") String jobcentreKey,
                    @Value("${triage.exchange.council.webhook:}") String councilWebhook,
                    @Value("${triage.exchange.jobcentre-plus.webhook:}") String jobcentreWebhook) {
        this.councilKey = councilKey;
        this.jobcentreKey = jobcentreKey;
        for (String key : new String[]{councilKey, jobcentreKey}) {
            if (!key.isEmpty() && key.length() < SHORTEST_KEY) {
                throw new IllegalStateException("An exchange key must be at least " + SHORTEST_KEY + " characters");
            }
        }
        if (!councilKey.isEmpty() && councilKey.equals(jobcentreKey)) {
            // one agency's system would be taken for the other's
            throw new IllegalStateException("The council and Jobcentre Plus must have different exchange keys");
        }
        this.councilWebhook = webhook(councilWebhook, councilKey, "council");
        this.jobcentreWebhook = webhook(jobcentreWebhook, jobcentreKey, "jobcentre-plus");
    }

    /** A webhook must be HTTPS (plain HTTP only to this machine, for testing), with a key to sign what is sent. */
    @Nullable
    private static URI webhook(String address, String key, String agency) {
        if (address.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("triage.exchange." + agency + ".webhook is not an address: " + address);
        }
        boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
            throw new IllegalStateException("triage.exchange." + agency + ".webhook must be an https address");
        }
        if (key.isEmpty()) {
            throw new IllegalStateException("triage.exchange." + agency + ".webhook needs triage.exchange." + agency
                    + ".key, which signs what is sent to it");
        }
        return uri;
    }

    /** The agency's key, if its system may use the exchange API. */
    public Optional<String> key(Agency agency) {
        return blank(agency == Agency.COUNCIL ? councilKey : jobcentreKey);
    }

    public Optional<URI> webhook(Agency agency) {
        return Optional.ofNullable(agency == Agency.COUNCIL ? councilWebhook : jobcentreWebhook);
    }

    private static Optional<String> blank(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
