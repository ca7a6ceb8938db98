package org.triagegateway.security;

import io.micronaut.core.annotation.Nullable;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.web.Secrets;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;

/**
 * The member of staff behind a request: who, in which role, in which session, with that
 * session's token for forms (CSRF), and how long the session lasts unused.
 */
public record SignedIn(String username, String displayName, Role role, String sessionId, String csrfToken, long idleSeconds) {

    static final String DISPLAY_NAME = "name";

    /** Empty for a request without a valid sign-in. */
    public static Optional<SignedIn> of(HttpRequest<?> request) {
        Optional<Authentication> who = request.getUserPrincipal(Authentication.class);
        Optional<StaffSessionRow> session = request.getAttribute(OpenStaffSession.ATTRIBUTE, StaffSessionRow.class);
        if (who.isEmpty() || session.isEmpty() || who.get().getRoles().size() != 1) {
            return Optional.empty();
        }
        Authentication authentication = who.get();
        Object name = authentication.getAttributes().get(DISPLAY_NAME);
        return Optional.of(new SignedIn(authentication.getName(), name == null ? authentication.getName() : name.toString(),
                Role.valueOf(authentication.getRoles().iterator().next()), session.get().id().toString(),
                session.get().csrfToken(), request.getAttribute(OpenStaffSession.IDLE_SECONDS, Long.class).orElse(0L)));
    }

    /** This member of staff, as the audit trail names who did something. */
    public AuditTrail.Actor actor(@Nullable String clientAddress) {
        return new AuditTrail.Actor(username, role.name(), clientAddress);
    }

    /** Whether a form came from one of this session's own pages. */
    public boolean sentBy(String csrf) {
        return Secrets.same(csrfToken, csrf);
    }
}
