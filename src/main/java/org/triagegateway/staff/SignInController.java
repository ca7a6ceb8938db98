package org.triagegateway.staff;

import org.triagegateway.web.Secrets;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.triagegateway.security.SignedIn;
import org.triagegateway.security.StaffConfiguration;
import org.triagegateway.security.StaffSignIn;
import org.triagegateway.web.RateLimiter;
import org.triagegateway.staff.StaffPages.FieldError;
import org.triagegateway.staff.StaffPages.SignInPage;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sign-in with a username and password (GOV.UK pattern: one error for a wrong username or
 * password, so that the form does not tell which usernames exist), and sign-out. The sign-in form
 * is protected from cross-site posting by a token in both a cookie and the form.
 */
@Hidden
@Controller("/staff")
class SignInController {

    static final String FORM_COOKIE = "staff-sign-in";

    private final StaffSignIn signIn;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final AccessTokenCookieConfiguration tokenCookie;
    private final HttpClientAddressResolver addresses;
    private final StaffConfiguration staff;
    private final RateLimiter attempts;

    SignInController(StaffSignIn signIn, LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                     AccessTokenCookieConfiguration tokenCookie, HttpClientAddressResolver addresses, StaffConfiguration staff,
                     Clock clock) {
        this.signIn = signIn;
        this.loginHandler = loginHandler;
        this.tokenCookie = tokenCookie;
        this.addresses = addresses;
        this.staff = staff;
        // per address, across usernames: the lock on each account stops guessing one password
        this.attempts = new RateLimiter(staff.signInsPerMinute(), clock);
    }

    /** A staff page to come back to after signing in: a path on this service under /staff, never another site. */
    private static final Pattern RETURN_PATH = Pattern.compile("/staff(/[A-Za-z0-9._~%/=&-]*)?(\\?[A-Za-z0-9._~%=&+,-]*)?");

    @Get(value = "/sign-in", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> form(@QueryValue("signed-out") @Nullable String signedOut, @QueryValue("timed-out") @Nullable String timedOut,
                         @QueryValue("return") @Nullable String returnTo) {
        String notice = timedOut != null ? "You were signed out because the service was not used for a while. Sign in to go back "
                + "to the page you were on." : signedOut != null ? "You have signed out." : null;
        return page(HttpStatus.OK, "", List.of(), notice, returnPath(returnTo));
    }

    /** The staff session, used: a page whose timeout warning was answered "Stay signed in" calls this. */
    @Get("/session")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> stayAlive() {
        return HttpResponse.noContent();
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, String> form,
                           @CookieValue(FORM_COOKIE) @Nullable String formToken) {
        String username = form.getOrDefault("username", "").strip();
        String password = form.getOrDefault("password", "");
        String returnTo = returnPath(form.get("return"));
        if (!attempts.allow(addresses.resolve(request))) {
            return page(HttpStatus.TOO_MANY_REQUESTS, username, List.of(new FieldError("username",
                    "Too many sign-in attempts from this computer. Wait a minute, then try again.")), null, returnTo);
        }
        if (!Secrets.same(formToken, form.get("csrf"))) {
            return page(HttpStatus.BAD_REQUEST, username, List.of(), "This page had expired. Sign in again.", returnTo);
        }
        List<FieldError> errors = new ArrayList<>();
        if (username.isEmpty()) {
            errors.add(new FieldError("username", "Enter your username"));
        }
        if (password.isEmpty()) {
            errors.add(new FieldError("password", "Enter your password"));
        }
        if (!errors.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, username, errors, null, returnTo);
        }
        StaffSignIn.Outcome outcome = signIn.signIn(username, password, addresses.resolve(request));
        if (outcome instanceof StaffSignIn.Outcome.SignedIn signedIn) {
            MutableHttpResponse<?> response = loginHandler.loginSuccess(signedIn.authentication(), request)
                    .cookie(expired(FORM_COOKIE, "/staff/sign-in"));
            if (returnTo != null) {
                response.getHeaders().remove(HttpHeaders.LOCATION);
                response.header(HttpHeaders.LOCATION, returnTo);
            }
            return response;
        }
        // The same words whether the account is locked, wrong or does not exist: they must not tell a guesser which
        return page(HttpStatus.UNAUTHORIZED, username, List.of(new FieldError("username", "Enter a correct username and "
                + "password. After " + staff.failuresBeforeLock() + " wrong passwords in a row an account is locked for "
                + staff.lockFor().toMinutes() + " minutes; an administrator can unlock it sooner.")), null, returnTo);
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> signOut(HttpRequest<?> request, @Body Map<String, String> form) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (!who.sentBy(form.get("csrf"))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        signIn.signOut(who, addresses.resolve(request));
        // signed out by the page's timeout warning: sign in again to the page the person was on
        String returnTo = returnPath(form.get("return"));
        URI next = "timeout".equals(form.get("reason"))
                ? URI.create("/staff/sign-in?timed-out" + (returnTo == null ? "" : "&return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8)))
                : URI.create("/staff/sign-in?signed-out");
        return HttpResponse.seeOther(next)
                .cookie(expired(tokenCookie.getCookieName(), tokenCookie.getCookiePath().orElse("/")));
    }

    @Nullable
    private static String returnPath(@Nullable String path) {
        return path != null && RETURN_PATH.matcher(path).matches() && !path.startsWith("/staff/sign-") ? path : null;
    }

    /** Each showing of the form gets a fresh token, in the form and in a cookie only this form's posts carry. */
    private MutableHttpResponse<?> page(HttpStatus status, String username, List<FieldError> errors, @Nullable String notice,
                                        @Nullable String returnTo) {
        String token = Secrets.randomToken();
        Cookie cookie = Cookie.of(FORM_COOKIE, token).path("/staff/sign-in").httpOnly(true).sameSite(SameSite.Strict)
                .secure(tokenCookie.isCookieSecure().orElse(true));
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>("staff/sign-in", new SignInPage(token, username, errors, notice, returnTo)))
                .cookie(cookie);
    }

    private Cookie expired(String name, String path) {
        return Cookie.of(name, "").path(path).maxAge(0).httpOnly(true).sameSite(SameSite.Strict)
                .secure(tokenCookie.isCookieSecure().orElse(true));
    }
}
