package org.triagegateway.kiosk;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * One person's visit to a kiosk: their language, their answers and, once they confirm, their
 * household's reference and its assessment (dropped when an answer changes, kept for the reference).
 */
record KioskSession(String tokenHash, String csrfToken, String language, KioskAnswers answers,
                    @Nullable String householdReference, @Nullable UUID assessmentId) {

    KioskSession withAnswers(KioskAnswers changed) {
        return new KioskSession(tokenHash, csrfToken, language, changed, householdReference, null);
    }

    /** The results shown are for the answers as they are now. */
    boolean confirmed() {
        return assessmentId != null;
    }
}
