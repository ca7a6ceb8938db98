package org.triagegateway.household;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

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
            return claimants == 1 && partners <= 1 && distinctIds;
        };
    }

    @Singleton
    ConstraintValidator<PayGiven, Earnings> payGivenValidator() {
        return (earnings, annotation, context) -> earnings == null || earnings.gross() != null || earnings.takeHome() != null;
    }

    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
