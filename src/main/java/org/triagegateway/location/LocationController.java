package org.triagegateway.location;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.triagegateway.security.Roles;
import org.triagegateway.web.ProblemException;

import java.util.List;

/** The reference lists behind a household's council and rental area, and what a postcode gives. */
@Controller("/api/v1")
@Tag(name = "Where the home is")
@Secured({Roles.ADVISER, Roles.VISITING_OFFICER})
class LocationController {

    private final Locations locations;

    LocationController(Locations locations) {
        this.locations = locations;
    }

    @Get("/councils")
    @Operation(summary = "English councils, by ONS code and name",
            description = "Every English council that runs Housing Benefit and Council Tax Reduction; with search, those "
                    + "whose name or other names hold every word.")
    List<Council> councils(@Nullable @QueryValue String search) {
        return search == null || search.isBlank() ? locations.places().councils() : locations.places().search(search);
    }

    @Get("/rental-areas")
    @Operation(summary = "Broad Rental Market Areas in England, by id and name")
    List<RentalArea> rentalAreas() {
        return locations.places().rentalAreas();
    }

    @Get("/postcodes/{postcode}")
    @Operation(summary = "The councils and rental areas a postcode may be in",
            description = "One place when the postcode is known; several where its district straddles a boundary; none "
                    + "outside the data held (README, 'Where the home is').")
    List<Place> postcode(@PathVariable String postcode) {
        Postcode parsed = Postcode.parse(postcode).orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "Not a postcode", "That is not a UK postcode; give one such as LU1 2AB."));
        return locations.of(parsed);
    }
}
