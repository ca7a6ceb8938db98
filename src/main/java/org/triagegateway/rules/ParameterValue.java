package org.triagegateway.rules;

import java.time.LocalDate;

/** One value of a parameter as in force from a date, with its source. */
public record ParameterValue(String key, Object value, LocalDate from, Reference reference, String status) {
}
