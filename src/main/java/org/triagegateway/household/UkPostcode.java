package org.triagegateway.household;

import jakarta.validation.Constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A UK postcode, read as location.Postcode reads it ("lu12ab" is LU1 2AB). */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
public @interface UkPostcode {
    String message() default "must be a UK postcode, such as LU1 2AB";

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};
}
