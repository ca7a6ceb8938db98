package org.triagegateway.kiosk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kiosk's languages, each named in itself on the start page; Urdu is written right to left. */
enum KioskLanguage {
    ENGLISH("en", "English", false),
    POLISH("pl", "Polski", false),
    URDU("ur", "اردو", true);

    private final String code;
    private final String ownName;
    private final boolean rightToLeft;

    KioskLanguage(String code, String ownName, boolean rightToLeft) {
        this.code = code;
        this.ownName = ownName;
        this.rightToLeft = rightToLeft;
    }

    static KioskLanguage of(String code) {
        return find(code).orElse(ENGLISH);
    }

    static Optional<KioskLanguage> find(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    String code() {
        return code;
    }

    String ownName() {
        return ownName;
    }

    boolean rightToLeft() {
        return rightToLeft;
    }

    String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
