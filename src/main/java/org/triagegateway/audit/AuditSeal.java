package org.triagegateway.audit;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triagegateway.web.Secrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
              @Value("${embedded-postgres.data-directory}") String dataDirectory) {
        String key = configured != null && !configured.isBlank() ? configured
                : keptIn(AuditFiles.file(keyFile, dataDirectory, "audit.key"));
        if (key.length() < SHORTEST_KEY) {
            throw new IllegalStateException("TRIAGE_AUDIT_KEY must be at least " + SHORTEST_KEY + " characters");
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

    private static String keptIn(Path file) {
        try {
            if (!Files.exists(file)) {
                LOG.warn("TRIAGE_AUDIT_KEY is not set: the audit trail is sealed with a key made now and kept in {}. "
                        + "Keep a copy of it with your secrets; without it the trail cannot be checked.", file.toAbsolutePath());
                Path folder = file.getParent();
                Files.createDirectories(folder);
                Path partial = Files.createTempFile(folder, "audit", ".key");
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
                Files.writeString(partial, Secrets.randomToken(), StandardCharsets.UTF_8);
                Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the audit key in " + file, e);
        }
    }
}
