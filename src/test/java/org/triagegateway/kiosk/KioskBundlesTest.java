package org.triagegateway.kiosk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language says everything English says, with the same gaps filled in. */
class KioskBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @ParameterizedTest
    @ValueSource(strings = {"kiosk_pl", "kiosk_ur"})
    void aTranslationHasEveryKeyAndPlaceholderOfTheEnglish(String bundle) throws IOException {
        Properties english = load("kiosk");
        Properties translation = load(bundle);

        assertThat(translation.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translation.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "kiosk_pl", "kiosk_ur"})
    void noValueHasAStraightApostropheWhichInterpolationWouldSwallow(String bundle) throws IOException {
        Properties messages = load(bundle);
        for (String key : messages.stringPropertyNames()) {
            assertThat(messages.getProperty(key)).as(key).doesNotContain("'").isNotBlank();
        }
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
        try (InputStream in = KioskBundlesTest.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
