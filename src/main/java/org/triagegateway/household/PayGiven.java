package org.triagegateway.household;

import jakarta.validation.Constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Earnings give the gross pay, the take-home pay or both. */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
public @interface PayGiven {
    String message() default "give the gross pay, the take-home pay or both";

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};
}
