package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;

/**
 * A household's circumstances, captured once and read by every channel and by the rule base.
 * The claimant, a partner if any, children and other people living with them, with their
 * income, capital, housing and childcare.
 */
@Introspected
@ConsistentHousehold
@Schema(description = "A household's circumstances: people, income, capital, housing and childcare.")
public record Household(
        @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull Person> people,
        @Nullable @Size(max = 50) List<@Valid @NotNull CapitalHolding> capital,
        @Nullable @Valid Housing housing,
        @Nullable @Valid Childcare childcare,
        @Nullable @Valid Contact contact) {

    public Household {
        capital = capital == null ? List.of() : capital;
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Household withHousing(Housing changed) {
        return new Household(people, capital, changed, childcare, contact);
    }

    /** The same household with one person (matched by id) replaced, and the childcare given. */
    public Household with(Person changed, Childcare otherChildcare) {
        return new Household(people.stream().map(p -> p.id().equals(changed.id()) ? changed : p).toList(),
                capital, housing, otherChildcare, contact);
    }
}
