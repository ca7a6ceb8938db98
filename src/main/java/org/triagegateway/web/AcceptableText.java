package org.triagegateway.web;

import java.util.Optional;

/**
 * The one place that decides which characters text from outside may hold, for every channel
 * (JSON strings and field names, form fields, query parameters, path segments: see
 * {@link RequestBoundary}; a multipart upload's file name in the evidence page, which reads its own body).
 *
 * <p>Refused, because nobody types them and each has done harm: NUL (PostgreSQL cannot store
 * it, so it failed as a 500), every other C0 and C1 control (BEL; CR and LF, which split a name
 * across lines in a PDF or a log), DEL, the bidirectional embeddings, overrides and isolates
 * U+202A to U+202E and U+2066 to U+2069 (they make "Ali" display as something else), invisible
 * characters that hide a difference between two names (U+200B zero width space, U+2060 to U+2064,
 * U+FEFF), the line and paragraph separators U+2028/U+2029, noncharacters (U+FDD0 to U+FDEF and
 * U+xFFFE/U+xFFFF in every plane), unpaired surrogates, and U+FFFD, which is what a decoder puts
 * where the bytes were not UTF-8: refusing it means invalid UTF-8 is never stored as something
 * other than what was sent.
 *
 * <p>Kept, because real names and addresses need them: every letter of every script (Urdu,
 * Polish...), ZWNJ U+200C and ZWJ U+200D (Urdu and Persian spelling needs them between letters),
 * the marks U+200E, U+200F and U+061C (they only say which way a neutral character runs, and
 * override nothing), emoji. Multi-line free text (a textarea) may also hold TAB, LF and CR.
 */
public final class AcceptableText {

    private AcceptableText() {
    }

    /** Why the text cannot be taken, or empty if it can. */
    public static Optional<String> refusal(CharSequence text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int codePoint = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                return Optional.of(describe(c, "half of a character"));
            }
            String kind = kind(codePoint, multiLine);
            if (kind != null) {
                return Optional.of(describe(codePoint, kind));
            }
        }
        return Optional.empty();
    }

    private static String kind(int c, boolean multiLine) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return multiLine ? null : "a tab or line break, in a field of one line";
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return "a control character";
        }
        if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
            return "a character that changes the direction text is shown in";
        }
        if (c == 0x200B || c >= 0x2060 && c <= 0x2064 || c == 0xFEFF) {
            return "an invisible character";
        }
        if (c == 0x2028 || c == 0x2029) {
            return "a line break";
        }
        if (c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE) {
            return "not a character";
        }
        if (c == 0xFFFD) {
            return "what is left of bytes that were not UTF-8";
        }
        return null;
    }

    private static String describe(int codePoint, String kind) {
        return String.format("contains a character that cannot be used: U+%04X, %s", codePoint, kind);
    }
}
