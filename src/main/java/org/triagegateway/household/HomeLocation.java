package org.triagegateway.household;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.triagegateway.location.Council;
import org.triagegateway.location.Locations;
import org.triagegateway.location.Place;
import org.triagegateway.location.Postcode;
import org.triagegateway.location.RentalArea;
import org.triagegateway.web.ProblemException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settles where a home is as the record is saved: the postcode as Royal Mail prints it, the council
 * by its official name however it was written, and the council and rental area from the postcode
 * where they were left empty and the postcode gives just one. Where it gives several, they stay
 * empty and the rules ask. A council or area that does not fit the postcode is refused with the reason.
 */
@Singleton
public class HomeLocation {

    static final String TITLE = "The home's postcode, council and rental area do not fit together";

    private final Locations locations;

    HomeLocation(Locations locations) {
        this.locations = locations;
    }

    static boolean inEngland(Housing housing) {
        return housing.country() == null || housing.country() == Housing.Country.ENGLAND;
    }

    /** The council and rental area named are in the reference data (whether they fit the postcode is checked on save). */
    static boolean known(Housing housing, Locations locations) {
        return (housing.council() == null || locations.places().findCouncil(housing.council()).isPresent())
                && (housing.rentalArea() == null || locations.places().rentalArea(housing.rentalArea()).isPresent());
    }

    /**
     * @param before the version this one is based on, if any: a council or area it had, kept unchanged while
     *               the postcode changed, belonged to the old postcode and is worked out again
     */
    public Household settled(@Nullable Household before, Household household) {
        Housing housing = household.housing();
        if (housing == null || !inEngland(housing)) {
            return household;
        }
        Optional<Postcode> postcode = Optional.ofNullable(housing.postcode()).flatMap(Postcode::parse);
        Housing old = before == null ? null : before.housing();
        boolean moved = old != null && !Objects.equals(postcode.map(Postcode::toString).orElse(null),
                Optional.ofNullable(old.postcode()).flatMap(Postcode::parse).map(Postcode::toString).orElse(null));
        String typedCouncil = moved && Objects.equals(housing.council(), old.council()) ? null : housing.council();
        String typedArea = moved && Objects.equals(housing.rentalArea(), old.rentalArea()) ? null : housing.rentalArea();

        List<Place> places = postcode.map(locations::of).orElse(List.of());
        Optional<Council> named = Optional.ofNullable(typedCouncil).flatMap(c -> locations.places().findCouncil(c));
        named.ifPresent(council -> {
            if (!places.isEmpty() && places.stream().noneMatch(p -> p.council().equals(council))) {
                throw refused("The postcode " + postcode.get() + " is not in " + council.name() + ": change the council "
                        + "or the postcode.");
            }
        });
        Optional<Council> council = named.or(() -> Locations.only(Locations.councils(places)));
        List<RentalArea> areas = locations.rentalAreas(council, places);
        if (typedArea != null && !areas.isEmpty() && areas.stream().noneMatch(a -> a.id().equals(typedArea))) {
            throw refused("The rental area " + typedArea + " is not one the home's postcode or council can be in ("
                    + String.join(", ", areas.stream().map(RentalArea::id).toList()) + ").");
        }
        String rentalArea = typedArea != null ? typedArea
                : council.flatMap(c -> Locations.only(areas)).map(RentalArea::id).orElse(null);
        Housing settled = new Housing(housing.tenure(), housing.rent(), housing.rentFrequency(), housing.serviceCharges(),
                housing.inGreaterLondon(), housing.country(), housing.address(),
                postcode.map(Postcode::toString).orElse(housing.postcode()),
                council.map(Council::name).orElse(typedCouncil), housing.councilTax(), housing.councilTaxLiable(), rentalArea,
                housing.localHousingAllowance(), housing.bedrooms(), housing.sanctuaryScheme(), housing.selfContained(),
                housing.sharedAccommodationException(), housing.mortgage(),
                housing.electricityBillPayer());
        return household.withHousing(settled);
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, TITLE, detail);
    }

}
