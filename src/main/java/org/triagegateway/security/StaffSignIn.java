package org.triagegateway.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triagegateway.audit.AuditTrail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Signing in and out: a checked password opens a session, whose id goes into the signed token. */
@Singleton
public class StaffSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(StaffSignIn.class);

    private final StaffAccountService accounts;
    private final StaffSessions sessions;
    private final AuditTrail audit;

    StaffSignIn(StaffAccountService accounts, StaffSessions sessions, AuditTrail audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Signed in (the authentication to put in the token), refused, or locked until a time. */
    public sealed interface Outcome {
        record SignedIn(Authentication authentication) implements Outcome {
        }

        record Refused() implements Outcome {
        }

        record Locked(Instant until) implements Outcome {
        }
    }

    public Outcome signIn(String username, String password, @Nullable String clientAddress) {
        StaffAccountService.SignIn result = accounts.signIn(username, password);
        if (result instanceof StaffAccountService.SignIn.Accepted accepted) {
            return new Outcome.SignedIn(open(accepted.account(), clientAddress));
        }
        if (result instanceof StaffAccountService.SignIn.Locked locked) {
            LOG.warn("Sign-in refused: account {} is locked until {}, from {}", username, locked.until(), clientAddress);
            return new Outcome.Locked(locked.until());
        }
        LOG.info("Sign-in refused for {} from {}", username, clientAddress);
        return new Outcome.Refused();
    }

    /**
     * For someone their council's identity provider has already checked (OpenID Connect): the
     * session of the active account with that username, if there is one. The role is ours, not theirs.
     */
    public Optional<Authentication> signInVerified(String username, @Nullable String clientAddress) {
        return accounts.findActive(username).map(account -> open(account, clientAddress));
    }

    /** A new session for the account, in the audit trail, named in the token's claims. */
    private Authentication open(StaffAccount account, @Nullable String clientAddress) {
        StaffSessionRow session = sessions.start(account, clientAddress);
        audit.record(new AuditTrail.Actor(account.username(), account.role().name(), clientAddress), "sign-in",
                "staff_session", session.id().toString());
        return authentication(account, session);
    }

    /** Ends the session at once: the token in the cookie, if someone kept it, no longer lets anyone in. */
    public void signOut(SignedIn who, @Nullable String clientAddress) {
        sessions.end(who.sessionId());
        audit.record(who.actor(clientAddress), "sign-out", "staff_session", who.sessionId());
    }

    static Authentication authentication(StaffAccount account, StaffSessionRow session) {
        return Authentication.build(account.username(), List.of(account.role().name()),
                Map.of(StaffSessions.CLAIM, session.id().toString(), SignedIn.DISPLAY_NAME, account.displayName()));
    }
}
