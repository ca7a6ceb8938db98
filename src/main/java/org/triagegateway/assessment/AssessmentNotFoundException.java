package org.triagegateway.assessment;

import io.micronaut.http.HttpStatus;
import org.triagegateway.web.ProblemException;

class AssessmentNotFoundException extends ProblemException {

    AssessmentNotFoundException(String id, String household) {
        super(HttpStatus.NOT_FOUND, "Assessment not found",
                "Household " + household + " has no assessment " + id + ".");
    }
}
