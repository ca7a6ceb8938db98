package org.triagegateway.location;

import io.micronaut.core.annotation.Nullable;

/** One council and rental area a postcode can be in; the rental area is unknown where no source gives it. */
public record Place(Council council, @Nullable RentalArea rentalArea) {
}
