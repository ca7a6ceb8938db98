package org.triagegateway.kiosk;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * One person's visit to a kiosk: their language, their answers and, once they confirm, their
 * household's reference, its assessment and its better-off figure (dropped when an answer changes;
 * the reference is kept).
 */
record KioskSession(String tokenHash, String csrfToken, String language, KioskAnswers answers,
                    @Nullable String householdReference, @Nullable UUID assessmentId, @Nullable String betterOff) {

    KioskSession withAnswers(KioskAnswers changed) {
        return new KioskSession(tokenHash, csrfToken, language, changed, householdReference, null, null);
    }

    /** The results shown are for the answers as they are now. */
    boolean confirmed() {
        return assessmentId != null;
    }
}
