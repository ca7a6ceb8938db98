package org.triagegateway.location;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.util.List;

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
                        places.rentalArea(row.rentalArea()).orElseGet(() -> onlyArea(council, district))))))
                .orElse(district);
    }

    /** Where the lookup gives an imported postcode no area, the one area its district has in that council, if just one. */
    private static RentalArea onlyArea(Council council, List<Place> district) {
        List<RentalArea> areas = district.stream().filter(p -> p.council().equals(council)).map(Place::rentalArea)
                .filter(java.util.Objects::nonNull).distinct().toList();
        return areas.size() == 1 ? areas.get(0) : null;
    }
}
