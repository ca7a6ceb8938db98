package org.triagegateway;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

@OpenAPIDefinition(info = @Info(
        title = "Triage Gateway",
        version = "v1",
        description = "One household record, one rule base: benefits triage and single assessment for England."))
public class Application {

    static final String JWT_SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    /** HS256 wants a key of 256 bits. */
    private static final int SHORTEST_SECRET = 32;

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).properties(signingKey()).start();
    }

    /**
     * The key that signs staff sign-in tokens. Without TRIAGE_JWT_SECRET, a random one for this
     * run: safe by default, at the price of signing everyone out on a restart.
     */
    private static Map<String, Object> signingKey() {
        String configured = System.getenv("TRIAGE_JWT_SECRET");
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < SHORTEST_SECRET) {
                throw new IllegalStateException("TRIAGE_JWT_SECRET must be at least " + SHORTEST_SECRET + " characters");
            }
            return Map.of();
        }
        LoggerFactory.getLogger(Application.class).warn("TRIAGE_JWT_SECRET is not set: staff sign-ins are signed with a "
                + "random key for this run, and end when the service restarts. Set it (32 characters or more, the same "
                + "on every instance) for sign-ins that last.");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Map.of(JWT_SECRET, Base64.getEncoder().encodeToString(key));
    }
}
