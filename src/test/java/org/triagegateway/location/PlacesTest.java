package org.triagegateway.location;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference data of councils, rental areas and the pilot councils' postcode districts, as people write them. */
class PlacesTest {

    static final Places PLACES = Places.load(Path.of("rules/reference"));

    @ParameterizedTest
    @CsvSource({
            "Luton, Luton", "luton, Luton", "Luton Borough Council, Luton", "LBC, Luton", "E06000032, Luton",
            "e06000032, Luton", "'  LUTON  borough council ', Luton", "Central Bedfordshire Council, Central Bedfordshire",
            "Shepway, Folkestone and Hythe", "Folkestone & Hythe District Council, Folkestone and Hythe",
            "Royal Borough of Greenwich, Greenwich", "City of London, City of London", "King's Lynn and West Norfolk, King's Lynn and West Norfolk",
            "Kings Lynn and West Norfolk, King's Lynn and West Norfolk"})
    void aCouncilIsFoundByTheNamesPeopleWrite(String typed, String name) {
        assertThat(PLACES.findCouncil(typed)).map(Council::name).hasValue(name);
    }

    @Test
    void aCountyOrAPlaceThatIsNoCouncilIsNotGuessed() {
        assertThat(PLACES.findCouncil("Kent County Council")).isEmpty();
        assertThat(PLACES.findCouncil("Somewhere")).isEmpty();
        assertThat(PLACES.findCouncil("")).isEmpty();
    }

    @Test
    void everyEnglishCouncilIsListedOnceByItsOnsCode() {
        assertThat(PLACES.councils()).hasSizeBetween(290, 300)
                .allSatisfy(c -> assertThat(c.code()).matches("E0[6-9]\\d{6}"))
                .extracting(Council::code).doesNotHaveDuplicates();
    }

    @Test
    void searchFindsEveryCouncilWithTheWordsTyped() {
        assertThat(PLACES.search("bedford")).extracting(Council::name).contains("Bedford", "Central Bedfordshire");
        assertThat(PLACES.search("borough council luton")).extracting(Council::name).containsExactly("Luton");
    }

    @Test
    void aPostcodeDistrictGivesTheCouncilsAndRentalAreasItReaches() {
        assertThat(PLACES.inDistrict("me15")).singleElement()
                .satisfies(p -> {
                    assertThat(p.council().name()).isEqualTo("Maidstone");
                    assertThat(p.rentalArea().id()).isEqualTo("maidstone");
                });
        assertThat(PLACES.inDistrict("LU5")).extracting(p -> p.rentalArea().id()).contains("luton", "bedford");
        assertThat(PLACES.inDistrict("ZZ9")).isEmpty();
    }

    @Test
    void everyPilotCouncilHasItsPostcodeDistricts() {
        for (String pilot : new String[]{"Luton", "Central Bedfordshire", "Bedford", "Ashford", "Canterbury", "Dartford", "Dover",
                "Folkestone and Hythe", "Gravesham", "Maidstone", "Sevenoaks", "Swale", "Thanet", "Tonbridge and Malling",
                "Tunbridge Wells", "Medway"}) {
            Council council = PLACES.findCouncil(pilot).orElseThrow();
            assertThat(PLACES.rentalAreasOf(council)).as(pilot).isNotEmpty();
        }
    }
}
