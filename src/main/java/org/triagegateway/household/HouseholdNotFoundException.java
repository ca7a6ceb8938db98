package org.triagegateway.household;

import io.micronaut.http.HttpStatus;
import org.triagegateway.web.ProblemException;

public class HouseholdNotFoundException extends ProblemException {

    public HouseholdNotFoundException(HouseholdReference reference) {
        super(HttpStatus.NOT_FOUND, "Household not found", "There is no household with the reference " + reference + ".");
    }
}
