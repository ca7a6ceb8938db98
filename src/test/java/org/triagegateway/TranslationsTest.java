package org.triagegateway;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language says everything English says, with the same gaps to fill in. */
class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    private static final List<String> LANGUAGES = List.of("en", "pl", "ur");

    @ParameterizedTest
    @CsvSource({"kiosk, pl", "kiosk, ur", "betteroff, pl", "betteroff, ur"})
    void aTranslatedBundleHasEveryKeyAndPlaceholderOfTheEnglish(String bundle, String language) throws IOException {
        Properties english = load(bundle);
        Properties translation = load(bundle + "_" + language);

        assertThat(translation.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translation.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "kiosk_pl", "kiosk_ur"})
    void noKioskMessageHasAStraightApostropheWhichInterpolationWouldSwallow(String bundle) throws IOException {
        Properties messages = load(bundle);
        for (String key : messages.stringPropertyNames()) {
            assertThat(messages.getProperty(key)).as(key).doesNotContain("'").isNotBlank();
        }
    }

    @Test
    void everyRuleSentenceIsInEveryLanguageWithTheSamePlaceholders() throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/rule-sentences.yaml")) {
            List<Map<String, String>> catalogue = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() { });
            assertThat(catalogue).isNotEmpty();
            for (Map<String, String> entry : catalogue) {
                assertThat(entry.keySet()).as(entry.toString()).containsExactlyInAnyOrderElementsOf(LANGUAGES);
                for (String language : LANGUAGES) {
                    assertThat(entry.get(language)).as(entry.get("en")).isNotBlank();
                    assertThat(placeholders(entry.get(language))).as(entry.get("en") + " in " + language)
                            .isEqualTo(placeholders(entry.get("en")));
                }
            }
        }
    }

    /**
     * An English word in Urdu text sits inside a left-to-right isolate (U+2066 ... U+2069): otherwise, where
     * "(Council Tax)" wraps, the bidirectional algorithm carries its brackets to the wrong ends of the lines.
     */
    @ParameterizedTest
    @ValueSource(strings = {"kiosk_ur", "questions_ur", "betteroff_ur"})
    void everyEnglishWordInUrduIsIsolatedLeftToRight(String bundle) throws IOException {
        Properties messages = load(bundle);
        for (String key : messages.stringPropertyNames()) {
            assertThat(latinOutsideIsolates(messages.getProperty(key))).as(key).isEmpty();
        }
    }

    @Test
    void everyEnglishWordInAnUrduRuleSentenceIsIsolatedLeftToRight() throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/rule-sentences.yaml")) {
            List<Map<String, String>> catalogue = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() { });
            for (Map<String, String> entry : catalogue) {
                assertThat(latinOutsideIsolates(entry.get("ur"))).as(entry.get("en")).isEmpty();
            }
        }
    }

    /** The Latin letters of a text that are not inside a left-to-right isolate. */
    private static String latinOutsideIsolates(String text) {
        return text.replaceAll("\u2066[^\u2066\u2069]*\u2069", "").replaceAll("[^A-Za-z]", "");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String bundle) throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            assertThat(in).as(bundle).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
