package org.triagegateway.location;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a home is: the council and rental area of a postcode, from the national files a council
 * imported, or else from the pilot councils' postcode districts; and the reference lists behind them.
 */
@Singleton
public class Locations {

    private final Places places;
    private final ImportedPostcodes imported;

    Locations(@Value("${triage.rules.path}") String rules, ImportedPostcodes imported) {
        this.places = Places.load(Path.of(rules, "reference"));
        this.imported = imported;
    }

    public Places places() {
        return places;
    }

    /**
     * Every council and rental area the postcode may be in: one place when we know the postcode,
     * several where its district straddles a boundary (the person then chooses), none outside our data.
     */
    public List<Place> of(Postcode postcode) {
        List<Place> district = places.inDistrict(postcode.district());
        return imported.find(postcode)
                .flatMap(row -> places.council(row.councilCode()).map(council -> List.of(new Place(council,
                        places.rentalArea(row.rentalArea()).orElseGet(() -> districtArea(council, district))))))
                .orElse(district);
    }

    /** Where the lookup gave an imported postcode no area: its district's, if it has just one in that council. */
    private RentalArea districtArea(Council council, List<Place> district) {
        return only(rentalAreas(Optional.of(council), district)).orElse(null);
    }

    /** The councils these places are in, each once. */
    public static List<Council> councils(List<Place> places) {
        return places.stream().map(Place::council).distinct().toList();
    }

    /**
     * The rental areas a home may be in: those its postcode's places reach, within its council where
     * that is known; with none, the areas of a pilot council (none for another council).
     */
    public List<RentalArea> rentalAreas(Optional<Council> council, List<Place> places) {
        List<RentalArea> reached = places.stream()
                .filter(p -> council.isEmpty() || p.council().equals(council.get()))
                .map(Place::rentalArea).filter(Objects::nonNull).distinct().toList();
        return reached.isEmpty() && council.isPresent() ? this.places.rentalAreasOf(council.get()) : reached;
    }

    /** The one value there is, or nothing where there are none or several. */
    public static <T> Optional<T> only(List<T> values) {
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }
}
