package org.triagegateway.household;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A National Insurance number as HMRC allocates them (National Insurance Manual NIM39110): two
 * prefix letters, neither of them D, F, I, Q, U or V and the second not O, never BG, GB, KN, NK,
 * NT, TN or ZZ; six digits; a suffix A to D. So "QQ 12 34 56 C", the usual example in hints, is
 * never anyone's.
 */
public final class NationalInsuranceNumber {

    public static final String FORMAT = "(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]";
    private static final Pattern VALID = Pattern.compile(FORMAT);

    private NationalInsuranceNumber() {
    }

    /** "qq 12 34 56 c" as "QQ123456C", if that is a valid number. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return VALID.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
