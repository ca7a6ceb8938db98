package org.triagegateway.sharing;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.triagegateway.location.Council;
import org.triagegateway.location.Locations;

import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How each agency's own system connects: the key it presents to the exchange API (and that signs
 * what is sent to its webhook), and its webhook, if it has one. Jobcentre Plus's from
 * {@code triage.exchange.jobcentre-plus}; each council's from {@code triage.exchange.councils.<ONS code>}
 * ({@code TRIAGE_EXCHANGE_COUNCILS_E06000032_KEY}), as each council is its own agency (ADR 0009).
 */
@Singleton
public class AgencyEndpoints {

    /** A key shorter than this could be guessed. */
    public static final int SHORTEST_KEY = 32;

    private final Map<Recipient, String> keys;
    private final Map<Recipient, URI> webhooks = new HashMap<>();

    @Inject
    AgencyEndpoints(Environment environment, Locations locations,
                    @Value("${triage.exchange.jobcentre-plus.key:}") String jobcentreKey,
                    @Value("${triage.exchange.jobcentre-plus.webhook:}") String jobcentreWebhook) {
        this(settings(environment, locations, new Setting(jobcentreKey, jobcentreWebhook)));
        for (String old : new String[]{"triage.exchange.council.key", "triage.exchange.council.webhook"}) {
            if (environment.getProperty(old, String.class).filter(v -> !v.isBlank()).isPresent()) {
                // one key for every council is what let a council see its neighbours' households
                throw new IllegalStateException(old + " is no longer read: each council's system has its own, "
                        + "triage.exchange.councils.<ONS code>.key and .webhook (TRIAGE_EXCHANGE_COUNCILS_E06000032_KEY for Luton)");
            }
        }
    }

    /** Each agency's settings, Jobcentre Plus first: a key or webhook that would be unsafe stops the service starting. */
    AgencyEndpoints(Map<Recipient, Setting> settings) {
        Map<Recipient, String> found = new LinkedHashMap<>();
        settings.forEach((recipient, setting) -> add(found, recipient, setting.key().strip(), setting.webhook().strip(),
                prefix(recipient)));
        // read on every exchange request: built once, never copied
        this.keys = Collections.unmodifiableMap(found);
    }

    /** What one agency's system is given: its key (empty for none) and its webhook (empty for none). */
    record Setting(String key, String webhook) {
    }

    private static Map<Recipient, Setting> settings(Environment environment, Locations locations, Setting jobcentre) {
        Map<Recipient, Setting> settings = new LinkedHashMap<>();
        settings.put(Recipient.JOBCENTRE_PLUS, jobcentre);
        for (Council council : locations.places().councils()) {
            Recipient recipient = Recipient.council(council.code());
            String prefix = prefix(recipient);
            settings.put(recipient, new Setting(setting(environment, prefix, ".key"), setting(environment, prefix, ".webhook")));
        }
        return settings;
    }

    private static String prefix(Recipient recipient) {
        return recipient.council() == null ? "triage.exchange.jobcentre-plus" : "triage.exchange.councils." + recipient.council();
    }

    private static String setting(Environment environment, String prefix, String name) {
        // environment variables (TRIAGE_EXCHANGE_COUNCILS_E06000032_KEY) arrive in lower case
        return environment.getProperty(prefix + name, String.class)
                .or(() -> environment.getProperty(prefix.toLowerCase(Locale.ROOT) + name, String.class)).orElse("");
    }

    private void add(Map<Recipient, String> keys, Recipient recipient, String key, String webhook, String prefix) {
        if (!key.isEmpty()) {
            if (key.length() < SHORTEST_KEY) {
                throw new IllegalStateException(prefix + ".key must be at least " + SHORTEST_KEY + " characters");
            }
            if (keys.containsValue(key)) {
                // one agency's system would be taken for another's
                throw new IllegalStateException(prefix + ".key is another agency's key: each needs its own");
            }
            keys.put(recipient, key);
        }
        URI uri = webhook(webhook, key, prefix);
        if (uri != null) {
            webhooks.put(recipient, uri);
        }
    }

    /** A webhook must be HTTPS (plain HTTP only to this machine, for testing), with a key to sign what is sent. */
    @Nullable
    private static URI webhook(String address, String key, String prefix) {
        if (address.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(prefix + ".webhook is not an address: " + address);
        }
        boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
            throw new IllegalStateException(prefix + ".webhook must be an https address");
        }
        if (key.isEmpty()) {
            throw new IllegalStateException(prefix + ".webhook needs " + prefix + ".key, which signs what is sent to it");
        }
        return uri;
    }

    /** The agency's key, if its system may use the exchange API. */
    public Optional<String> key(Recipient agency) {
        return Optional.ofNullable(keys.get(agency));
    }

    /** Every agency whose system has a key, with it: to find whose key a request presents. */
    public Map<Recipient, String> keys() {
        return keys;
    }

    public Optional<URI> webhook(Recipient agency) {
        return Optional.ofNullable(webhooks.get(agency));
    }
}
