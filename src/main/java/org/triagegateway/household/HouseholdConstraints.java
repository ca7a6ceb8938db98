package org.triagegateway.household;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import org.triagegateway.location.Locations;
import org.triagegateway.location.Postcode;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** The validators behind the household's own constraint annotations. */
@Factory
class HouseholdConstraints {

    static final BigDecimal MONEY_LIMIT = new BigDecimal("999999999.99");
    static final int OLDEST_AGE = 120;
    /** A qualifying young person stops at 20 at the latest (UC Regulations 2013 reg 5). */
    static final int OLDEST_CHILD = 20;

    @Singleton
    ConstraintValidator<Money, BigDecimal> moneyValidator() {
        return (value, annotation, context) -> value == null
                || (value.signum() >= 0 && value.compareTo(MONEY_LIMIT) <= 0 && value.stripTrailingZeros().scale() <= 2);
    }

    @Singleton
    ConstraintValidator<PlausibleDateOfBirth, LocalDate> dateOfBirthValidator(Clock clock) {
        return (value, annotation, context) -> {
            if (value == null) {
                return true;
            }
            LocalDate today = LocalDate.now(clock);
            return !value.isAfter(today) && value.isAfter(today.minusYears(OLDEST_AGE));
        };
    }

    @Singleton
    ConstraintValidator<ConsistentHousehold, Household> householdValidator() {
        return (household, annotation, context) -> {
            if (household == null || household.people() == null) {
                return true;
            }
            long claimants = household.people().stream().filter(p -> p != null && p.role() == Person.Role.CLAIMANT).count();
            long partners = household.people().stream().filter(p -> p != null && p.role() == Person.Role.PARTNER).count();
            Set<String> ids = new HashSet<>();
            boolean distinctIds = household.people().stream()
                    .filter(p -> p != null && p.id() != null)
                    .allMatch(p -> ids.add(p.id()));
            boolean ownersKnown = household.capital().stream()
                    .allMatch(c -> c == null || c.ownerId() == null || ids.contains(c.ownerId()));
            return claimants == 1 && partners <= 1 && distinctIds && ownersKnown;
        };
    }

    @Singleton
    ConstraintValidator<ChildAge, Person> childAgeValidator(Clock clock) {
        return (person, annotation, context) -> person == null || person.role() != Person.Role.CHILD
                || person.dateOfBirth() == null
                || person.dateOfBirth().isAfter(LocalDate.now(clock).minusYears(OLDEST_CHILD));
    }

    @Singleton
    ConstraintValidator<PayGiven, Earnings> payGivenValidator() {
        return (earnings, annotation, context) -> earnings == null || earnings.gross() != null || earnings.takeHome() != null;
    }

    @Singleton
    ConstraintValidator<UkPostcode, String> postcodeValidator() {
        return (value, annotation, context) -> value == null || Postcode.parse(value).isPresent();
    }

    @Singleton
    ConstraintValidator<KnownPlace, Housing> placeValidator(Locations locations) {
        return (housing, annotation, context) -> housing == null || !HomeLocation.inEngland(housing)
                || HomeLocation.known(housing, locations);
    }

    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
