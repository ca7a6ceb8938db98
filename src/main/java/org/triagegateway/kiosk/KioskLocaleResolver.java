package org.triagegateway.kiosk;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpAbstractLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolutionConfiguration;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * Kiosk pages are in the language the person chose on the start page, kept with their session,
 * never the browser's: a shared kiosk's browser settings say nothing about who is using it.
 * Asked first by Micronaut's composite resolver; other requests fall through to the usual ones.
 */
@Singleton
class KioskLocaleResolver extends HttpAbstractLocaleResolver {

    static final String ATTRIBUTE = "triage.kiosk.language";

    KioskLocaleResolver(HttpLocaleResolutionConfiguration configuration) {
        super(configuration);
    }

    /** Pages rendered for this request use {@code language}. */
    static void use(HttpRequest<?> request, KioskLanguage language) {
        request.setAttribute(ATTRIBUTE, language);
    }

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, KioskLanguage.class).map(KioskLanguage::locale);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
