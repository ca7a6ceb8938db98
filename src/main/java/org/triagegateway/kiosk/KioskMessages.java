package org.triagegateway.kiosk;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kiosk's words, from {@code i18n/kiosk*.properties} and the question catalogue's
 * {@code i18n/questions*.properties}: templates read them with {@code #{...}},
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

    /** What fills a question's {0}, {1}: a date of birth as people write it in this language. */
    static Object[] arguments(List<Object> args, Locale locale) {
        return args.stream()
                .map(arg -> arg instanceof LocalDate date ? DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date) : arg)
                .toArray();
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
