package org.triagegateway.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * A signed token is accepted only while the session it names is open: signed out, deactivated or
 * idle, it lets nobody in, although its signature and expiry are still good. The session's row is
 * kept on the request for the CSRF check and the pages.
 */
@Singleton
class OpenStaffSession implements GenericJwtClaimsValidator<HttpRequest<?>> {

    static final String ATTRIBUTE = "triage.staff.session";
    /** How many seconds of no use end the session: for the pages' warning before it does. */
    static final String IDLE_SECONDS = "triage.staff.idle-seconds";

    private final StaffSessions sessions;

    OpenStaffSession(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object sid = claims.get(StaffSessions.CLAIM);
        if (request == null && sid == null) {
            // an identity provider's ID token, checked during an OpenID Connect sign-in: not one of our
            // tokens, and no session yet (OpenIdStaffMapper opens one)
            return true;
        }
        return sessions.use(sid == null ? null : sid.toString()).map(session -> {
            if (request != null) {
                request.setAttribute(ATTRIBUTE, session);
                request.setAttribute(IDLE_SECONDS, sessions.idleTimeout().toSeconds());
            }
            return true;
        }).orElse(false);
    }
}
