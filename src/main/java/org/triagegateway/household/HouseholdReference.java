package org.triagegateway.household;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The short reference that identifies a household: eight random characters and a check
 * character, from an alphabet without look-alikes (no 0, O, 1, I, L, U). It carries no personal
 * data. Written in groups of three ("K7M-P3Q-XRT") to read aloud; accepted with or without the
 * dashes, in any case.
 */
public record HouseholdReference(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_LENGTH = 8;
    private static final int GROUP = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static HouseholdReference generate() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new HouseholdReference(body.toString() + checkCharacter(body));
    }

    /** The reference in {@code text}; a 400 problem if it is not one. */
    public static HouseholdReference of(String text) {
        return parse(text).orElseThrow(() -> new InvalidReferenceException(text));
    }

    /** The reference in {@code text}, if it is well formed and its check character agrees. */
    public static Optional<HouseholdReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() != RANDOM_LENGTH + 1 || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        String body = compact.substring(0, RANDOM_LENGTH);
        return compact.charAt(RANDOM_LENGTH) == checkCharacter(body)
                ? Optional.of(new HouseholdReference(compact))
                : Optional.empty();
    }

    /** Luhn mod N: catches any single mistyped character and most swaps of neighbours. */
    private static char checkCharacter(CharSequence body) {
        int n = ALPHABET.length();
        int sum = 0;
        boolean doubleIt = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = ALPHABET.indexOf(body.charAt(i));
            if (doubleIt) {
                addend *= 2;
                addend = addend / n + addend % n;
            }
            sum += addend;
            doubleIt = !doubleIt;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }

    /** "K7M-P3Q-XRT". */
    public String display() {
        return value.substring(0, GROUP) + "-" + value.substring(GROUP, 2 * GROUP) + "-" + value.substring(2 * GROUP);
    }

    @Override
    public String toString() {
        return display();
    }
}
