package org.triagegateway.questions;

import io.micronaut.core.annotation.Nullable;
import org.triagegateway.household.FactPath;
import org.triagegateway.household.Person;

/**
 * A fact the rules still need about one household, with its question.
 *
 * @param person whom it is about, or null for the home or childcare
 */
public record FactToAsk(CatalogueQuestion question, FactPath path, @Nullable Person person) {

    /** Where its words start for this person: {@code fact.people.pregnant.partner}. */
    public String key() {
        return question.key(person == null ? null : person.role());
    }
}
