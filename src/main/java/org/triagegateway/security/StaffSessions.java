package org.triagegateway.security;

import org.triagegateway.web.Secrets;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed-in sessions, kept in the database so that signing out, deactivating an account and the
 * idle timeout end access at once: the signed token alone would stay valid until it expired.
 */
@Singleton
public class StaffSessions {

    /** The claim of the signed token that names its session. */
    public static final String CLAIM = "sid";

    private final StaffSessionRows rows;
    private final StaffConfiguration configuration;
    private final Clock clock;

    StaffSessions(StaffSessionRows rows, StaffConfiguration configuration, Clock clock) {
        this.rows = rows;
        this.configuration = configuration;
        this.clock = clock;
    }

    StaffSessionRow start(StaffAccount account, @Nullable String clientAddress) {
        Instant now = clock.instant();
        return rows.save(new StaffSessionRow(UUID.randomUUID(), account.id(), Secrets.randomToken(), now, now, null,
                clientAddress));
    }

    /** The session if it is open, its account active and it was used within the idle timeout; this counts as a use. */
    public Optional<StaffSessionRow> use(@Nullable String id) {
        UUID sid = parse(id);
        if (sid == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (rows.touchIfOpen(sid, now.minus(configuration.idleTimeout()), now) == 0) {
            return Optional.empty();
        }
        return rows.findById(sid);
    }

    /** How long a session may go unused before it ends. */
    public java.time.Duration idleTimeout() {
        return configuration.idleTimeout();
    }

    public void end(@Nullable String id) {
        UUID sid = parse(id);
        if (sid != null) {
            rows.end(sid, clock.instant());
        }
    }

    @Nullable
    private static UUID parse(@Nullable String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
