package org.triagegateway.kiosk;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** One person's visit to a kiosk: their language, their answers and, once they confirm, their reference. */
record KioskSession(String tokenHash, String csrfToken, String language, KioskAnswers answers,
                    @Nullable String householdReference, @Nullable UUID assessmentId) {

    KioskSession withAnswers(KioskAnswers changed) {
        return new KioskSession(tokenHash, csrfToken, language, changed, householdReference, assessmentId);
    }

    boolean confirmed() {
        return householdReference != null;
    }
}
