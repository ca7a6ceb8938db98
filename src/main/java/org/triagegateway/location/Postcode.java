package org.triagegateway.location;

import org.triagegateway.web.TypedDigits;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK postcode in the form Royal Mail prints it ("LU1 2AB"), read from however a person typed it:
 * any case, with or without the space, with digits in any script (Urdu's ۱ is 1).
 */
public record Postcode(String outward, String inward) {

    // the outward code: one or two letters, a digit, then a digit or a letter; the inward: a digit and two letters
    private static final Pattern FORM = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})");

    public static Optional<Postcode> parse(String typed) {
        if (typed == null || typed.length() > 20) {
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder();
        TypedDigits.western(typed).codePoints().filter(c -> !Character.isWhitespace(c) && c != '-').forEach(plain::appendCodePoint);
        Matcher form = FORM.matcher(plain.toString().toUpperCase(Locale.ROOT));
        return form.matches() ? Optional.of(new Postcode(form.group(1), form.group(2))) : Optional.empty();
    }

    /** The postcode district ("LU1"), which the pilot councils' reference data is kept by. */
    public String district() {
        return outward;
    }

    @Override
    public String toString() {
        return outward + " " + inward;
    }
}
