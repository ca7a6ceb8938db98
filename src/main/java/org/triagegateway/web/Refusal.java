package org.triagegateway.web;

import io.micronaut.core.annotation.Nullable;

/**
 * Why a request was refused at the boundary: the field (a JSON path such as "people[0].name", a
 * form field's or query parameter's name), or null when the request as a whole is at fault.
 */
record Refusal(@Nullable String field, String reason) {
}
