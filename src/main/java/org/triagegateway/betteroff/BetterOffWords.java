package org.triagegateway.betteroff;

import org.triagegateway.rules.Benefit;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

import static org.triagegateway.rules.Pounds.gbp;
import static org.triagegateway.web.Markup.leftToRight;

/**
 * The words of the better-off summary, figure and chart in one language, from
 * {@code i18n/betteroff*.properties}; benefits are named by the caller, who knows its own words
 * for them. English is the API's language and the fallback for a missing translation.
 */
public final class BetterOffWords {

    public static final BetterOffWords ENGLISH = new BetterOffWords(Locale.ENGLISH, false, id -> Optional.empty());

    private final ResourceBundle bundle;
    private final boolean rightToLeft;
    private final Function<String, Optional<String>> benefitNames;

    private BetterOffWords(Locale locale, boolean rightToLeft, Function<String, Optional<String>> benefitNames) {
        // English is the base bundle: without this, a machine set to Polish would answer the API in Polish
        this.bundle = ResourceBundle.getBundle("i18n.betteroff", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.rightToLeft = rightToLeft;
        this.benefitNames = benefitNames;
    }

    /**
     * @param rightToLeft whether the language is written right to left
     * @param benefitNames a benefit's name by its id, where the caller has one in this language
     */
    public static BetterOffWords in(Locale locale, boolean rightToLeft, Function<String, Optional<String>> benefitNames) {
        return new BetterOffWords(locale, rightToLeft, benefitNames);
    }

    /** An amount in pounds, kept left to right in right-to-left text. */
    String money(BigDecimal amount) {
        return rightToLeft ? leftToRight(gbp(amount)) : gbp(amount);
    }

    /** The text with {0}, {1}… replaced by the arguments as they are. */
    String text(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The text for the claimant ("key.you") or for their partner ("key.partner"). */
    String textFor(String key, boolean you, Object... args) {
        return text(key + (you ? ".you" : ".partner"), args);
    }

    String benefit(Benefit benefit) {
        return benefitNames.apply(benefit.id()).orElse(benefit.name());
    }
}
