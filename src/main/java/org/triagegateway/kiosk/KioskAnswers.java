package org.triagegateway.kiosk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What one person has answered so far: each form field, once checked, as plain text ("yes",
 * "1990-05-01", "525.00", "MONTHLY"). Only the questions that apply keep their answers.
 */
record KioskAnswers(Map<String, String> values) {

    static final String YES = "yes";
    static final String NO = "no";
    /** An optional question left blank. */
    static final String NOT_KNOWN = "not-known";

    KioskAnswers {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static KioskAnswers none() {
        return new KioskAnswers(Map.of());
    }

    Optional<String> get(String field) {
        return Optional.ofNullable(values.get(field));
    }

    boolean has(String field) {
        return values.containsKey(field);
    }

    boolean is(String field, String value) {
        return value.equals(values.get(field));
    }

    boolean yes(String field) {
        return is(field, YES);
    }

    LocalDate date(String field) {
        return get(field).map(LocalDate::parse).orElse(null);
    }

    BigDecimal amount(String field) {
        return known(field).map(BigDecimal::new).orElse(null);
    }

    /** The answer, unless there is none or the person said they do not know. */
    Optional<String> known(String field) {
        return get(field).filter(v -> !v.equals(NOT_KNOWN));
    }

    int count(String field) {
        return get(field).map(Integer::parseInt).orElse(0);
    }

    KioskAnswers with(Map<String, String> fields) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.putAll(fields);
        return new KioskAnswers(changed);
    }

    KioskAnswers keepOnly(Predicate<String> field) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (field.test(k)) {
                kept.put(k, v);
            }
        });
        return new KioskAnswers(kept);
    }
}
