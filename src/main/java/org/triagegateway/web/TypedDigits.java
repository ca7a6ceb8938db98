package org.triagegateway.web;

/**
 * Numbers as people type them, read the one way for every place that takes a number or a code
 * with digits in it (a kiosk answer, a postcode).
 */
public final class TypedDigits {

    private static final int ARABIC_DECIMAL_SEPARATOR = '\u066B';
    private static final int ARABIC_THOUSANDS_SEPARATOR = '\u066C';

    private TypedDigits() {
    }

    /**
     * Digits as people type them: Urdu's ۰ to ۹, Arabic's ٠ to ٩, or any other script's decimal
     * digits (Unicode's Nd, by {@link Character#digit}) are the same numbers as 0 to 9, so a date,
     * an amount, hours or a count take them. The Arabic decimal separator (٫) and thousands
     * separator (٬) are read as the point and comma they stand for.
     */
    public static String western(String typed) {
        StringBuilder read = new StringBuilder(typed.length());
        typed.codePoints().forEach(c -> {
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                read.append((char) ('0' + digit));
            } else if (c == ARABIC_DECIMAL_SEPARATOR) {
                read.append('.');
            } else if (c == ARABIC_THOUSANDS_SEPARATOR) {
                read.append(',');
            } else {
                read.appendCodePoint(c);
            }
        });
        return read.toString();
    }
}
