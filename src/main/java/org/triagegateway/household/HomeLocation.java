package org.triagegateway.household;

import jakarta.inject.Singleton;
import org.triagegateway.location.Council;
import org.triagegateway.location.Locations;
import org.triagegateway.location.Place;
import org.triagegateway.location.Postcode;
import org.triagegateway.location.RentalArea;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settles where a home is as the record is saved: the postcode as Royal Mail prints it, the council
 * by its official name however it was written, and the council and rental area from the postcode
 * where they were left empty and the postcode gives just one. Where it gives several, they stay
 * empty and the rules ask.
 */
@Singleton
public class HomeLocation {

    private final Locations locations;

    HomeLocation(Locations locations) {
        this.locations = locations;
    }

    static boolean inEngland(Housing housing) {
        return housing.country() == null || housing.country() == Housing.Country.ENGLAND;
    }

    /** The council and rental area named are in the reference data, and the postcode can be in that council. */
    static boolean known(Housing housing, Locations locations) {
        Optional<Council> council = Optional.ofNullable(housing.council()).map(c -> locations.places().findCouncil(c).orElse(null));
        if (housing.council() != null && council.isEmpty()) {
            return false;
        }
        if (housing.rentalArea() != null && locations.places().rentalArea(housing.rentalArea()).isEmpty()) {
            return false;
        }
        List<Place> places = Optional.ofNullable(housing.postcode()).flatMap(Postcode::parse).map(locations::of).orElse(List.of());
        return council.isEmpty() || places.isEmpty() || places.stream().anyMatch(p -> p.council().equals(council.get()));
    }

    public Household settled(Household household) {
        Housing housing = household.housing();
        if (housing == null || !inEngland(housing)) {
            return household;
        }
        Optional<Postcode> postcode = Optional.ofNullable(housing.postcode()).flatMap(Postcode::parse);
        List<Place> places = postcode.map(locations::of).orElse(List.of());
        Optional<Council> council = Optional.ofNullable(housing.council())
                .flatMap(c -> locations.places().findCouncil(c))
                .or(() -> only(places.stream().map(Place::council).distinct().toList()));
        String rentalArea = housing.rentalArea() != null ? housing.rentalArea()
                : council.flatMap(c -> only(areas(c, places))).map(RentalArea::id).orElse(null);
        Housing settled = new Housing(housing.tenure(), housing.rent(), housing.rentFrequency(), housing.serviceCharges(),
                housing.inGreaterLondon(), housing.country(), housing.address(),
                postcode.map(Postcode::toString).orElse(housing.postcode()),
                council.map(Council::name).orElse(housing.council()), housing.councilTax(), rentalArea,
                housing.localHousingAllowance(), housing.bedrooms(), housing.sanctuaryScheme(), housing.selfContained(),
                housing.sharedAccommodationException());
        return household.withHousing(settled);
    }

    /** The rental areas the home may be in: those of its postcode in this council, or else of the council. */
    private List<RentalArea> areas(Council council, List<Place> places) {
        List<RentalArea> ofPostcode = places.stream().filter(p -> p.council().equals(council))
                .map(Place::rentalArea).filter(Objects::nonNull).distinct().toList();
        return places.isEmpty() ? locations.places().rentalAreasOf(council) : ofPostcode;
    }

    private static <T> Optional<T> only(List<T> values) {
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }
}
