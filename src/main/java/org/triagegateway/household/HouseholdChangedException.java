package org.triagegateway.household;

import io.micronaut.http.HttpStatus;
import org.triagegateway.web.ProblemException;

/** Someone saved the household after the version this change was based on. */
public class HouseholdChangedException extends ProblemException {

    public HouseholdChangedException(HouseholdReference reference, long basedOn, long current) {
        super(HttpStatus.CONFLICT, "The household record has changed",
                "Household " + reference + " was changed by someone else after you read it: you changed version "
                        + basedOn + " and it is now at version " + current + ". Your changes were not saved and "
                        + "nothing is lost: read the latest version, apply your changes to it and send them again.");
    }
}
