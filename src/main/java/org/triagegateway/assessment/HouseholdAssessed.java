package org.triagegateway.assessment;

import org.triagegateway.household.HouseholdReference;

/** Published when a household's assessment is stored: whoever acts on new results (sharing) listens. */
public record HouseholdAssessed(HouseholdReference reference, long householdVersion) {
}
