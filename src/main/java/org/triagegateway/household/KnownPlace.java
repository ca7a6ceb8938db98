package org.triagegateway.household;

import jakarta.validation.Constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A home in England names a council and rental area the reference data knows (GET /api/v1/councils,
 * GET /api/v1/rental-areas); whether they fit its postcode is checked as it is saved (HomeLocation).
 */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface KnownPlace {
    String message() default "must name an English council and a rental area we know: a council by its code or a name "
            + "GET /api/v1/councils lists, a rental area by an id GET /api/v1/rental-areas lists";

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};
}
