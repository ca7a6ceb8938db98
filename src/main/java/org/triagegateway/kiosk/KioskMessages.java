package org.triagegateway.kiosk;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kiosk's words, from {@code i18n/kiosk*.properties}: templates read them with {@code #{...}},
 * Java with {@link #text}. A key missing in a translation falls back to English.
 */
@Singleton
class KioskMessages {

    private final MessageSource messages;

    KioskMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The message with its {0}, {1}... filled in; the key itself if there is no such message, so a gap shows. */
    String text(String key, Locale locale, Object... args) {
        return find(key, locale, args).orElse(key);
    }

    Optional<String> find(String key, Locale locale, Object... args) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            variables.put(String.valueOf(i), args[i]);
        }
        MessageSource.MessageContext context = MessageSource.MessageContext.of(locale, variables);
        return messages.getMessage(key, context).map(m -> messages.interpolate(m, context));
    }

    @Factory
    static class Bundles {

        @Singleton
        MessageSource kioskMessages() {
            return new ResourceBundleMessageSource("i18n.kiosk");
        }
    }
}
