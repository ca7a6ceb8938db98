package org.triagegateway.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Checks "name=value&..." text, as a form body or a query string, before anything decodes it
 * leniently: every %XX must be a byte, the bytes must be UTF-8 (a lenient decoder would store
 * U+FFFD instead of what was sent), and each name and value must be {@link AcceptableText}.
 */
final class FormCheck {

    /**
     * Free-text fields typed in a textarea, which may hold line breaks and tabs: an officer's
     * "what else is needed" when sending a share back (staff/inbox-share.html). Every other field is one line.
     */
    static final Set<String> MULTI_LINE = Set.of("what");

    private FormCheck() {
    }

    static Optional<Refusal> check(String encoded, boolean plusIsSpace) {
        if (encoded == null || encoded.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            Optional<String> name = decode(equals < 0 ? pair : pair.substring(0, equals), plusIsSpace);
            if (name.isEmpty()) {
                return Optional.of(new Refusal(null, "has a field name that is not percent-encoded UTF-8"));
            }
            Optional<String> refused = AcceptableText.refusal(name.get(), false);
            if (refused.isPresent()) {
                return Optional.of(new Refusal(null, "has a field name that " + refused.get()));
            }
            if (equals >= 0) {
                Optional<String> value = decode(pair.substring(equals + 1), plusIsSpace);
                if (value.isEmpty()) {
                    return Optional.of(new Refusal(name.get(), "is not percent-encoded UTF-8"));
                }
                refused = AcceptableText.refusal(value.get(), MULTI_LINE.contains(name.get()));
                if (refused.isPresent()) {
                    return Optional.of(new Refusal(name.get(), refused.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The text, or empty when a % is not followed by two hex digits or the bytes are not UTF-8. */
    static Optional<String> decode(String encoded, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    return Optional.empty();
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                // the raw text was itself read as UTF-8 (or is ASCII, as a URL must be)
                byte[] own = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < encoded.length()) {
                    own = encoded.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(own);
            }
        }
        return utf8(bytes.toByteArray());
    }

    /** The bytes as UTF-8 text, or empty when they are not UTF-8: never a U+FFFD put where they were. */
    static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
