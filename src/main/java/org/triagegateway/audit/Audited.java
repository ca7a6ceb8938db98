package org.triagegateway.audit;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A staff route that reads or changes personal data: each successful call writes an audit entry
 * for the record it touched, named by the route's {@code reference} argument or, for a record it
 * creates, by the {@code reference} of what it returns.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface Audited {

    /** What was done: "read", "create", "change", "assess". */
    String action();

    /** The kind of record: "household", "assessment". */
    String record();
}
