package org.triagegateway.kiosk;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.CompositeHttpLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * Pages are in the language the person chose on the kiosk's start page, kept with their session,
 * never the browser's: a shared kiosk's browser settings say nothing about who is using it.
 */
@Singleton
@Primary
@Replaces(CompositeHttpLocaleResolver.class)
class KioskLocaleResolver implements HttpLocaleResolver {

    static final String ATTRIBUTE = "triage.kiosk.language";

    /** Pages rendered for this request use {@code language}. */
    static void use(HttpRequest<?> request, KioskLanguage language) {
        request.setAttribute(ATTRIBUTE, language);
    }

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, KioskLanguage.class).map(KioskLanguage::locale);
    }

    @Override
    public Locale resolveOrDefault(HttpRequest<?> request) {
        return resolve(request).orElse(Locale.ENGLISH);
    }
}
