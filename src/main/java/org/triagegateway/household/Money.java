package org.triagegateway.household;

import jakarta.validation.Constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An amount in pounds: zero or more, whole pence, below a billion. */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface Money {
    String message() default "must be an amount in pounds and pence, from 0 to 999999999.99";

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};
}
