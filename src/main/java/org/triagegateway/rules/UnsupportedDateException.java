package org.triagegateway.rules;

import io.micronaut.http.HttpStatus;
import org.triagegateway.web.ProblemException;

import java.time.LocalDate;

/** The assessment date is outside the tax years the rule base holds figures for. */
public class UnsupportedDateException extends ProblemException {

    public UnsupportedDateException(LocalDate date, BenefitRegistry registry) {
        super(HttpStatus.BAD_REQUEST, "Assessment date not supported",
                "The rules hold figures for assessment dates from " + registry.supportedFrom() + " to "
                + registry.supportedTo() + "; " + date + " is outside that range.");
    }
}
