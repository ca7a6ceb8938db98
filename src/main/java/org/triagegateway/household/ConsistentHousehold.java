package org.triagegateway.household;

import jakarta.validation.Constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Exactly one claimant, at most one partner, every person's id used once, capital owned by people listed. */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface ConsistentHousehold {
    String message() default "must have exactly one claimant, at most one partner, a different id for each person, and capital owned by people in the household";

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};
}
