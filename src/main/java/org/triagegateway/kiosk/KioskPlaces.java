package org.triagegateway.kiosk;

import jakarta.inject.Singleton;
import org.triagegateway.location.Council;
import org.triagegateway.location.Locations;
import org.triagegateway.location.Place;
import org.triagegateway.location.Postcode;
import org.triagegateway.location.RentalArea;

import java.util.List;
import java.util.Optional;

/**
 * Where the person's home is, from their answers: the postcode gives the council and the rental
 * area where it reaches just one; otherwise they choose among those it reaches, or from the whole
 * list when we hold nothing for the postcode or it was not given.
 */
@Singleton
class KioskPlaces {

    private final Locations locations;

    KioskPlaces(Locations locations) {
        this.locations = locations;
    }

    /** The councils the home may be in: one when the postcode settles it. */
    List<Council> councils(KioskAnswers answers) {
        List<Council> reached = Locations.councils(places(answers));
        return reached.isEmpty() ? locations.places().councils() : reached;
    }

    Optional<Council> council(KioskAnswers answers) {
        return Locations.only(councils(answers))
                .or(() -> answers.known(KioskJourney.COUNCIL).flatMap(code -> locations.places().council(code)));
    }

    /** The rental areas the home may be in, within its council where that is known; every area where we know none. */
    List<RentalArea> rentalAreas(KioskAnswers answers) {
        List<RentalArea> reached = locations.rentalAreas(council(answers), places(answers));
        return reached.isEmpty() ? locations.places().rentalAreas() : reached;
    }

    Optional<RentalArea> rentalArea(KioskAnswers answers) {
        return Locations.only(rentalAreas(answers))
                .or(() -> answers.known(KioskJourney.RENTAL_AREA).flatMap(id -> locations.places().rentalArea(id)));
    }

    KioskHousehold.Where where(KioskAnswers answers) {
        return new KioskHousehold.Where(answers.known(KioskJourney.POSTCODE).flatMap(Postcode::parse).map(Postcode::toString).orElse(null),
                council(answers).map(Council::name).orElse(null), rentalArea(answers).map(RentalArea::id).orElse(null));
    }

    String councilName(String code) {
        return locations.places().council(code).map(Council::name).orElse(code);
    }

    String rentalAreaName(String id) {
        return locations.places().rentalArea(id).map(RentalArea::name).orElse(id);
    }

    private List<Place> places(KioskAnswers answers) {
        return answers.known(KioskJourney.POSTCODE).flatMap(Postcode::parse)
                .map(locations::of)
                .orElse(List.of());
    }
}
