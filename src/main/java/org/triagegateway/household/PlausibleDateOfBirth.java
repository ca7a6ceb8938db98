package org.triagegateway.household;

import jakarta.validation.Constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A date of birth that is not in the future and not more than 120 years ago. */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface PlausibleDateOfBirth {
    String message() default "must be a date of birth in the last 120 years and not in the future";

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};
}
