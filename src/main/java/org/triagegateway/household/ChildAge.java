package org.triagegateway.household;

import jakarta.validation.Constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A person with the role CHILD is under 20: older people living with the household are OTHER_ADULT. */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
public @interface ChildAge {
    String message() default "a CHILD must be under 20; an older son or daughter living at home is an OTHER_ADULT";

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};
}
