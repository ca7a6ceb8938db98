package org.triagegateway.kiosk;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a person's check goes on: the first question not answered yet, else check your answers,
 * else the results. The way on from "page expired" and the way back from "finish and clear".
 */
@Singleton
class KioskResume {

    static final String RESULTS = "/kiosk/results";

    /** A page of someone's check, as a link back to it may name it: nothing else is ever linked to. */
    private static final Pattern JOURNEY_PAGE = Pattern.compile("/kiosk/(questions/[a-z0-9-]{1,40}|check|results)");
    private static final String CHANGE = "change=true";

    private final KioskQuestionPages questionPages;

    KioskResume(KioskQuestionPages questionPages) {
        this.questionPages = questionPages;
    }

    String current(KioskSession session) {
        return questionPages.firstUnanswered(session)
                .orElse(session.confirmed() ? RESULTS : KioskQuestionPages.CHECK);
    }

    /**
     * The kiosk page a request came from (its Referer, which the kiosk's Referrer-Policy sends for
     * this site alone), if it is a page of the check: its path, and "change" if it had it. Only the
     * path is read, so no address elsewhere can come out of it.
     */
    static Optional<String> cameFrom(@Nullable String referer) {
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI from = new URI(referer);
            String path = from.getRawPath();
            if (path == null || !JOURNEY_PAGE.matcher(path).matches()) {
                return Optional.empty();
            }
            return Optional.of(CHANGE.equals(from.getRawQuery()) ? path + "?" + CHANGE : path);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
