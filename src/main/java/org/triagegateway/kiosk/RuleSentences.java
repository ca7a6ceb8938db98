package org.triagegateway.kiosk;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule base's sentences (why, what to bring, what an adviser will ask) in the kiosk's
 * languages, from {@code i18n/rule-sentences.yaml}. The catalogue is keyed by the English, as
 * gettext keys by the source text: the rules stay readable, and a sentence changed in the rules
 * shows in English, marked as such, rather than as a stale translation. Where the rules put a
 * name or figure the catalogue has {0}, {1}…, and the kiosk names the person in its own words.
 */
@Singleton
class RuleSentences {

    static final String CATALOGUE = "i18n/rule-sentences.yaml";
    private static final Pattern HOLE = Pattern.compile("\\{(\\d)}");

    private final Map<String, Map<String, String>> exact = new HashMap<>();
    private final List<Template> templates = new ArrayList<>();

    RuleSentences() {
        for (Map<String, String> entry : catalogue()) {
            String english = entry.get(KioskLanguage.ENGLISH.code());
            if (HOLE.matcher(english).find()) {
                templates.add(new Template(pattern(english), entry));
            } else {
                exact.put(english, entry);
            }
        }
    }

    /**
     * The sentence in {@code language}, each {0}, {1}… filled with what the rules put there as
     * {@code argument} words it; empty when the catalogue lacks it.
     */
    Optional<String> translate(String english, KioskLanguage language, UnaryOperator<String> argument) {
        Map<String, String> entry = exact.get(english);
        if (entry != null) {
            return Optional.ofNullable(entry.get(language.code()));
        }
        for (Template template : templates) {
            Matcher match = template.english().matcher(english);
            String translation = template.translations().get(language.code());
            if (match.matches() && translation != null) {
                return Optional.of(HOLE.matcher(translation)
                        .replaceAll(hole -> Matcher.quoteReplacement(argument.apply(match.group(Integer.parseInt(hole.group(1)) + 1)))));
            }
        }
        return Optional.empty();
    }

    /** "Is {0} pregnant?" as ^\QIs \E(.+?)\Q pregnant?\E$, each hole a group in the order of its number. */
    private static Pattern pattern(String english) {
        Matcher hole = HOLE.matcher(english);
        StringBuilder regex = new StringBuilder();
        int from = 0;
        int expected = 0;
        while (hole.find()) {
            if (Integer.parseInt(hole.group(1)) != expected++) {
                throw new IllegalStateException(CATALOGUE + ": the holes of \"" + english + "\" are not in order");
            }
            regex.append(Pattern.quote(english.substring(from, hole.start()))).append("(.+?)");
            from = hole.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(english.substring(from))).toString());
    }

    static List<Map<String, String>> catalogue() {
        try (InputStream in = RuleSentences.class.getClassLoader().getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException(CATALOGUE + " is missing");
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(CATALOGUE + " cannot be read", e);
        }
    }

    private record Template(Pattern english, Map<String, String> translations) {
    }
}
