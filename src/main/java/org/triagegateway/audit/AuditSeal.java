package org.triagegateway.audit;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triagegateway.web.PrivateFiles;
import org.triagegateway.web.Secrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Seals audit entries and checkpoints with a keyed MAC (HMAC-SHA-256). The key is never in the
 * database, so whoever can write to the database still cannot forge a seal: a changed entry,
 * or a chain rewritten with recomputed hashes, no longer matches.
 *
 * <p>The key is TRIAGE_AUDIT_KEY (32 characters or more; the same on every instance, kept like the
 * JWT secret). Without it, one is made on the first start and kept in a file readable by the
 * service's user alone, outside the database's folder.
 */
/* Made at start, so a key that cannot be read or kept stops the start with its reason. */
@Context
public class AuditSeal {

    private static final Logger LOG = LoggerFactory.getLogger(AuditSeal.class);
    private static final int SHORTEST_KEY = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    AuditSeal(@Nullable @Value("${triage.audit.key:}") String configured,
              @Nullable @Value("${triage.audit.key-file:}") String keyFile,
              @Value("${embedded-postgres.data-directory}") String dataDirectory, AuditEntries entries) {
        String key;
        if (configured != null && !configured.isBlank()) {
            key = configured;
            if (key.length() < SHORTEST_KEY) {
                throw new IllegalStateException("TRIAGE_AUDIT_KEY must be at least " + SHORTEST_KEY + " characters");
            }
        } else {
            key = keptIn(AuditFiles.file(keyFile, dataDirectory, "audit.key"), entries);
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The seal of some text, as 64 hexadecimal digits. */
    public String seal(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    public boolean seals(String text, String seal) {
        return Secrets.same(seal(text), seal);
    }

    /**
     * The key kept in {@code file}, made there on a first start. Never made again for a trail that
     * was already sealed: a new key would make every entry look changed, so the start stops and says
     * where the key should be (after a restore into a new folder, or a container made anew).
     */
    private static String keptIn(Path file, AuditEntries entries) {
        try {
            if (!Files.exists(file)) {
                if (entries.anySealed()) {
                    throw new IllegalStateException("The audit trail was sealed with a key that is not in " + file
                            + ": put the audit.key it was sealed with there, or set TRIAGE_AUDIT_KEY to it. A new key "
                            + "would make every entry look changed.");
                }
                LOG.warn("TRIAGE_AUDIT_KEY is not set: the audit trail is sealed with a key made now and kept in {}. "
                        + "Keep a copy of it with your secrets; without it the trail cannot be checked.", file);
                Files.createDirectories(file.getParent());
                PrivateFiles.writeDurably(file, Secrets.randomToken());
            }
            String key = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (key.length() < SHORTEST_KEY) {
                throw new IllegalStateException(file + " does not hold an audit key of " + SHORTEST_KEY
                        + " characters or more (damaged?): put back the key the trail was sealed with.");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the audit key in " + file, e);
        }
    }
}
