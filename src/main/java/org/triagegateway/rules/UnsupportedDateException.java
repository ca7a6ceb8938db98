package org.triagegateway.rules;

import java.time.LocalDate;

/** The assessment date is outside the tax years the rule base holds figures for. */
public class UnsupportedDateException extends RuntimeException {

    public UnsupportedDateException(LocalDate date, BenefitRegistry registry) {
        super("The rules hold figures for assessment dates from " + registry.supportedFrom() + " to "
                + registry.supportedTo() + "; " + date + " is outside that range.");
    }
}
