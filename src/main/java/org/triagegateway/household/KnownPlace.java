package org.triagegateway.household;

import jakarta.validation.Constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A home in England names a council and rental area the reference data knows (GET /api/v1/councils,
 * GET /api/v1/rental-areas), and a postcode in that council when it gives both.
 */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface KnownPlace {
    String message() default "must name an English council and rental area we know, by code or name (GET /api/v1/councils, "
            + "GET /api/v1/rental-areas), and a postcode that can be in that council";

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};
}
