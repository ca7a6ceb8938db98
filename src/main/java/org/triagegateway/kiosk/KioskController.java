package org.triagegateway.kiosk;

import org.triagegateway.web.ClientMistake;
import org.triagegateway.web.Secrets;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triagegateway.kiosk.KioskPages.Chrome;
import org.triagegateway.kiosk.KioskPages.MessagePage;
import org.triagegateway.household.HouseholdReference;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kiosk: an anonymous journey of one question a page, then check your answers, then
 * results with a reference. Everything a person enters is held on the server against a token in
 * a session cookie, so "finish and clear" (or the idle timeout) leaves nothing of theirs behind.
 */
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/kiosk")
class KioskController {

    static final String COOKIE = "kiosk";
    private static final String SESSION = "triage.kiosk.session";
    private static final Logger LOG = LoggerFactory.getLogger(KioskController.class);
    private static final String CSRF = "csrf";

    private final KioskSessionService sessions;
    private final KioskQuestionPages questionPages;
    private final KioskTriage triage;
    private final KioskConfiguration configuration;
    private final KioskResume resume;

    KioskController(KioskSessionService sessions, KioskQuestionPages questionPages, KioskTriage triage,
                    KioskConfiguration configuration, KioskResume resume) {
        this.sessions = sessions;
        this.questionPages = questionPages;
        this.triage = triage;
        this.configuration = configuration;
        this.resume = resume;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> start(HttpRequest<?> request, @QueryValue @Nullable String lang) {
        KioskLanguage language = KioskLanguage.of(lang);
        return page(request, language, "kiosk/start", new KioskPages.StartPage(chrome(language, null),
                Arrays.stream(KioskLanguage.values())
                        .map(l -> new KioskPages.Language(l.code(), l.ownName(), l == language)).toList()));
    }

    /** A new person starts: any session left on this browser by someone else ends first. */
    @Post(value = "/start", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> begin(@Body @Nullable Map<String, String> form, @CookieValue(COOKIE) @Nullable String token) {
        sessions.end(token);
        // an empty form (no language chosen) starts in English
        KioskSessionService.Started started = sessions.start(KioskLanguage.of(form == null ? null : form.get("lang")).code());
        return redirect("/kiosk/questions/" + questionPages.firstQuestion()).cookie(sessionCookie(started.token()));
    }

    @Get(value = "/questions/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> question(HttpRequest<?> request, String id, @QueryValue @Nullable String change,
                             @CookieValue(COOKIE) @Nullable String token) {
        return withSession(request, token, session -> questionPages.show(session, chrome(session), id, change != null)
                .<MutableHttpResponse<?>>map(page -> page(request, session, "kiosk/question", page))
                .orElseGet(() -> notFound(request, session)));
    }

    @Post(value = "/questions/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> answer(HttpRequest<?> request, String id, @QueryValue @Nullable String change,
                           @Body Map<String, String> form, @CookieValue(COOKIE) @Nullable String token) {
        return withCheckedForm(request, token, form, session -> {
            KioskQuestionPages.Outcome outcome = questionPages.answer(session, chrome(session), id, form, change != null);
            if (outcome.page() != null) {
                return page(request, session, "kiosk/question", outcome.page()).status(HttpStatus.UNPROCESSABLE_ENTITY);
            }
            return outcome.next().isEmpty() ? notFound(request, session) : redirect(outcome.next().get());
        });
    }

    @Get(value = "/check", produces = MediaType.TEXT_HTML)
    HttpResponse<?> check(HttpRequest<?> request, @CookieValue(COOKIE) @Nullable String token) {
        return withSession(request, token, session -> questionPages.firstUnanswered(session)
                .<MutableHttpResponse<?>>map(KioskController::redirect)
                .orElseGet(() -> page(request, session, "kiosk/check", questionPages.check(session, chrome(session)))));
    }

    @Post(value = "/check", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirm(HttpRequest<?> request, @Body Map<String, String> form, @CookieValue(COOKIE) @Nullable String token) {
        return withCheckedForm(request, token, form, session -> {
            Optional<String> unanswered = questionPages.firstUnanswered(session);
            if (unanswered.isPresent()) {
                return redirect(unanswered.get());
            }
            triage.confirm(session);
            return redirect("/kiosk/results");
        });
    }

    @Get(value = "/results", produces = MediaType.TEXT_HTML)
    HttpResponse<?> results(HttpRequest<?> request, @CookieValue(COOKIE) @Nullable String token) {
        return withSession(request, token, session -> session.confirmed()
                ? page(request, session, "kiosk/results", triage.results(session, chrome(session)))
                : redirect("/kiosk/check"));
    }

    /**
     * "Finish and clear" asks first, and shows the reference to keep once there is one. "No" goes
     * back to the page the person came from (a kiosk page of their check), or else to where their
     * check is now.
     */
    @Get(value = "/finish", produces = MediaType.TEXT_HTML)
    HttpResponse<?> finishing(HttpRequest<?> request, @CookieValue(COOKIE) @Nullable String token) {
        return withSession(request, token, session -> page(request, session, "kiosk/finish",
                new KioskPages.FinishPage(chrome(session), session.householdReference() == null ? null
                        : HouseholdReference.of(session.householdReference()).display(),
                        KioskResume.cameFrom(request.getHeaders().get("Referer")).orElseGet(() -> resume.current(session)))));
    }

    /** Ends the session at once: the answers are deleted and the browser is told to forget this site. */
    @Post(value = "/finish", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> finish(HttpRequest<?> request, @Body @Nullable Map<String, String> posted,
                           @CookieValue(COOKIE) @Nullable String token) {
        // an empty post still finishes: it is what a person means by pressing the button
        Map<String, String> form = posted == null ? Map.of() : posted;
        Optional<KioskSession> session = sessions.find(token);
        if (session.isPresent() && !Secrets.same(session.get().csrfToken(), form.get(CSRF))) {
            return expiredForm(request, session.get());
        }
        // the form says the language too: after the idle timeout the session may be gone already
        String language = session.map(KioskSession::language).orElse(KioskLanguage.of(form.get("lang")).code());
        sessions.end(token);
        String page = "timeout".equals(form.get("reason")) ? "/kiosk/ended" : "/kiosk/cleared";
        return forget(redirect(page + "?lang=" + language));
    }

    /** The "carry on" button of the inactivity warning: finding the session marks it as used. */
    @Post(value = "/keep-alive", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> keepAlive(@Body Map<String, String> form, @CookieValue(COOKIE) @Nullable String token) {
        return sessions.find(token).filter(s -> Secrets.same(s.csrfToken(), form.get(CSRF)))
                .<HttpResponse<?>>map(s -> HttpResponse.noContent())
                .orElseGet(() -> HttpResponse.status(HttpStatus.GONE));
    }

    @Get(value = "/cleared", produces = MediaType.TEXT_HTML)
    HttpResponse<?> cleared(HttpRequest<?> request, @QueryValue @Nullable String lang) {
        return message(request, KioskLanguage.of(lang), "cleared", HttpStatus.OK);
    }

    /**
     * Where the idle timeout leads: with JavaScript after the page has finished the session, without
     * it by the page's own refresh, and from any request whose session has gone. It clears the browser
     * as "finish" does, so that Back shows nothing of the person, not even a page the browser kept
     * in memory for Back; a session still named by the cookie ends here too, so the page is true.
     */
    @Get(value = "/ended", produces = MediaType.TEXT_HTML)
    HttpResponse<?> ended(HttpRequest<?> request, @QueryValue @Nullable String lang, @CookieValue(COOKIE) @Nullable String token) {
        sessions.end(token);
        return forget(message(request, KioskLanguage.of(lang), "ended", HttpStatus.OK));
    }

    /** Where a form sent after its session was cleared leads: "this page has expired", and a new check. */
    @Get(value = "/expired", produces = MediaType.TEXT_HTML)
    HttpResponse<?> expired(HttpRequest<?> request, @QueryValue @Nullable String lang) {
        return message(request, KioskLanguage.of(lang), "forbidden", HttpStatus.OK);
    }

    /**
     * Anything unexpected on a kiosk page: a page in the person's language, never a stack trace or
     * JSON. Writes run in transactions, so nothing is half-saved; the log has the details. A request
     * the kiosk cannot take (a PUT, a JSON body, an empty form) is the client's mistake: the same
     * page with its 4xx status, and one line in the log.
     */
    @Error(exception = RuntimeException.class)
    HttpResponse<?> unexpected(HttpRequest<?> request, RuntimeException exception) {
        Optional<HttpStatus> mistake = ClientMistake.status(exception);
        if (mistake.isPresent()) {
            LOG.info("Refused kiosk {} {} with {}: {}", request.getMethod(), request.getPath(), mistake.get().getCode(),
                    exception.getClass().getSimpleName());
        } else {
            String incident = Long.toHexString(System.nanoTime());
            LOG.error("Unexpected error {} on kiosk page {} {}", incident, request.getMethod(), request.getPath(), exception);
        }
        HttpStatus status = mistake.orElse(HttpStatus.INTERNAL_SERVER_ERROR);
        Optional<KioskSession> session = request.getAttribute(SESSION, KioskSession.class);
        MutableHttpResponse<?> page;
        if (session.isPresent()) {
            page = page(request, session.get(), "kiosk/message", new MessagePage(chrome(session.get()), "problem")).status(status);
        } else {
            KioskLanguage language = request.getAttribute(KioskLocaleResolver.ATTRIBUTE, KioskLanguage.class)
                    .orElse(KioskLanguage.ENGLISH);
            page = message(request, language, "problem", status);
        }
        if (exception instanceof NotAllowedException notAllowed) {
            page.getHeaders().allowGeneric(notAllowed.getAllowedMethods());
        }
        return page;
    }

    private HttpResponse<?> withSession(HttpRequest<?> request, @Nullable String token,
                                        Function<KioskSession, MutableHttpResponse<?>> action) {
        if (token == null || token.isEmpty()) {
            return redirect("/kiosk");
        }
        return sessions.find(token).<HttpResponse<?>>map(session -> {
            // for the error page, should anything fail from here on
            KioskLocaleResolver.use(request, KioskLanguage.of(session.language()));
            request.setAttribute(SESSION, session);
            return action.apply(session);
        }).orElseGet(() -> redirect("/kiosk/ended").cookie(sessionCookie("").maxAge(0)));
    }

    /**
     * A form of the session it came from. A form with no session cookie at all comes from a page left
     * open after "finish" or the timeout cleared the browser: it has expired, and the person may start
     * a new check (in the form's language, where it says one).
     */
    private HttpResponse<?> withCheckedForm(HttpRequest<?> request, @Nullable String token, Map<String, String> form,
                                            Function<KioskSession, MutableHttpResponse<?>> action) {
        if (token == null || token.isEmpty()) {
            return redirect("/kiosk/expired?lang=" + KioskLanguage.of(form.get("lang")).code());
        }
        return withSession(request, token, session -> Secrets.same(session.csrfToken(), form.get(CSRF)) ? action.apply(session)
                : expiredForm(request, session));
    }

    /**
     * A form from another session (a page left open in a second tab when a new check began there) or
     * an old copy of a page: nothing is changed, and the page offers the way on, to where this
     * browser's check is now, or a new check.
     */
    private MutableHttpResponse<?> expiredForm(HttpRequest<?> request, KioskSession session) {
        return page(request, session, "kiosk/message", new MessagePage(chrome(session), "forbidden", resume.current(session)))
                .status(HttpStatus.FORBIDDEN);
    }

    private MutableHttpResponse<?> notFound(HttpRequest<?> request, KioskSession session) {
        return page(request, session, "kiosk/message", new MessagePage(chrome(session), "notFound")).status(HttpStatus.NOT_FOUND);
    }

    private MutableHttpResponse<?> message(HttpRequest<?> request, KioskLanguage language, String key, HttpStatus status) {
        return page(request, language, "kiosk/message", new MessagePage(chrome(language, null), key)).status(status);
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, KioskSession session, String view, Object model) {
        return page(request, KioskLanguage.of(session.language()), view, model);
    }

    private static MutableHttpResponse<?> page(HttpRequest<?> request, KioskLanguage language, String view, Object model) {
        KioskLocaleResolver.use(request, language);
        return HttpResponse.ok(new ModelAndView<>(view, model));
    }

    private Chrome chrome(KioskSession session) {
        return chrome(KioskLanguage.of(session.language()), session.csrfToken());
    }

    private Chrome chrome(KioskLanguage language, @Nullable String csrf) {
        return new Chrome(language.code(), language.direction(), csrf, configuration.idleTimeout().toSeconds(),
                configuration.warningBefore().toSeconds());
    }

    /** The session cookie expired, and the browser told to forget this site: its cache (Back too), cookies and storage. */
    private MutableHttpResponse<?> forget(MutableHttpResponse<?> response) {
        return response.cookie(sessionCookie("").maxAge(0)).header("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
    }

    private Cookie sessionCookie(String token) {
        return Cookie.of(COOKIE, token).httpOnly(true).sameSite(SameSite.Strict).path("/kiosk")
                .secure(configuration.secureCookie());
    }

    static MutableHttpResponse<?> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }
}
