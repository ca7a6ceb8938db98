package org.triagegateway.kiosk;

import org.triagegateway.web.Secrets;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Kiosk sessions: started with a random token that only the browser holds, ended when the person
 * finishes or after the idle timeout. An ended session's answers are deleted at once; a scheduled
 * sweep deletes those nobody came back to.
 */
@Singleton
class KioskSessionService {

    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
    };

    private final KioskSessions sessions;
    private final KioskConfiguration configuration;
    private final ObjectMapper json;
    private final Clock clock;

    KioskSessionService(KioskSessions sessions, KioskConfiguration configuration, ObjectMapper json, Clock clock) {
        this.sessions = sessions;
        this.configuration = configuration;
        this.json = json;
        this.clock = clock;
    }

    /** A new session; the returned token goes in the browser's cookie and nowhere else. */
    Started start(String language) {
        String token = Secrets.randomToken();
        Instant now = now();
        KioskSessionRow row = sessions.save(new KioskSessionRow(Secrets.sha256(token), Secrets.randomToken(), language,
                write(KioskAnswers.none()), null, null, null, now, now));
        return new Started(token, session(row));
    }

    /** The live session for a token, seen now; empty if it never existed, has ended or has been idle too long. */
    Optional<KioskSession> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(token);
        Optional<KioskSessionRow> row = sessions.findByTokenHash(hash);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (idle(row.get().lastSeenAt())) {
            sessions.deleteByTokenHash(hash);
            return Optional.empty();
        }
        sessions.touch(hash, now());
        return row.map(this::session);
    }

    /** The session as stored now, locked until the caller's transaction ends. */
    Optional<KioskSession> lock(KioskSession session) {
        return sessions.lockByTokenHash(session.tokenHash()).map(this::session);
    }

    KioskSession saveAnswers(KioskSession session, KioskAnswers answers) {
        sessions.updateAnswers(session.tokenHash(), write(answers), now());
        return session.withAnswers(answers);
    }

    void saveResult(KioskSession session, String householdReference, UUID assessmentId, String betterOff) {
        sessions.updateResult(session.tokenHash(), householdReference, assessmentId, betterOff, now());
    }

    void end(String token) {
        if (token != null && !token.isEmpty()) {
            sessions.deleteByTokenHash(Secrets.sha256(token));
        }
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    void deleteIdleSessions() {
        sessions.deleteByLastSeenAtLessThan(now().minus(configuration.idleTimeout()));
    }

    private boolean idle(Instant lastSeen) {
        return lastSeen.plus(configuration.idleTimeout()).isBefore(now());
    }

    private KioskSession session(KioskSessionRow row) {
        return new KioskSession(row.tokenHash(), row.csrfToken(), row.language(), read(row.answers()),
                row.householdReference(), row.assessmentId(), row.betterOff());
    }

    private String write(KioskAnswers answers) {
        try {
            return json.writeValueAsString(answers.values());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private KioskAnswers read(String answers) {
        try {
            return new KioskAnswers(json.readValue(answers, ANSWERS));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    record Started(String token, KioskSession session) {
    }
}
