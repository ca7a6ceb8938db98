package org.triagegateway.location;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** National coverage in one command, tried on a few rows in the national files' own layouts. */
@MicronautTest(transactional = false)
class PostcodeImportTest {

    static final Path ONSPD = Path.of("src/test/resources/location/onspd_sample.csv");
    static final Path LOOKUP = Path.of("src/test/resources/location/voa_postcode_brma_sample.csv");

    @Inject
    DataSource contextual;
    @Inject
    io.micronaut.jdbc.DataSourceResolver resolver;
    /** The pool itself: the importer, like the command line, opens and commits its own connection. */
    DataSource dataSource;

    @org.junit.jupiter.api.BeforeEach
    void unwrap() {
        dataSource = resolver.resolve(contextual);
    }
    @Inject
    Locations locations;

    @AfterEach
    void forgetTheImport() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM postcode_place");
        }
    }

    @Test
    void liveEnglishPostcodesAreImportedWithTheirCouncilAndRentalArea() throws Exception {
        List<PostcodeImport.Row> rows = new ArrayList<>();

        PostcodeImport.Counts counts = PostcodeImport.read(ONSPD, LOOKUP, locations.places(), n -> { }, rows::add);

        assertThat(counts.terminated()).as("AB1 0AA ended in 1996").isEqualTo(1);
        assertThat(counts.notEngland()).as("a Cardiff postcode").isEqualTo(1);
        assertThat(counts.imported()).isEqualTo(rows.size()).isEqualTo(11);
        assertThat(counts.noRentalArea()).isZero();
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.postcode().toString()).isEqualTo("ME4 4TR");
            assertThat(row.council().name()).isEqualTo("Medway");
            assertThat(row.rentalArea().id()).as("'Medway & Swale' in the lookup").isEqualTo("medway_swale");
        });
    }

    @Test
    void anImportedPostcodeIsFoundExactlyWhereItsDistrictStraddlesABoundary() throws Exception {
        assertThat(locations.of(Postcode.parse("BR8 7QP").orElseThrow())).as("before: the district's choices").hasSizeGreaterThan(1);

        PostcodeImport.load(dataSource, ONSPD, LOOKUP, locations.places(), n -> { });

        assertThat(locations.of(Postcode.parse("br87qp").orElseThrow())).singleElement().satisfies(place -> {
            assertThat(place.council().name()).isEqualTo("Bromley");
            assertThat(place.rentalArea().id()).isEqualTo("outer_south_east_london");
        });
    }

    @Test
    void aFileWithoutTheColumnsNeededIsRefusedAndTheLastImportKept(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        PostcodeImport.load(dataSource, ONSPD, LOOKUP, locations.places(), n -> { });
        Path wrong = Files.writeString(folder.resolve("wrong.csv"), "postcode,council\nLU1 2BQ,E06000032\n");

        assertThatThrownBy(() -> PostcodeImport.load(dataSource, wrong, LOOKUP, locations.places(), n -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column");
        assertThat(locations.of(Postcode.parse("ME4 4TR").orElseThrow())).singleElement()
                .satisfies(place -> assertThat(place.council().name()).isEqualTo("Medway"));
    }

    @Test
    void filesThatGiveNoEnglishPostcodeOrFailHalfWayLeaveTheLastImportWhole(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        PostcodeImport.load(dataSource, ONSPD, LOOKUP, locations.places(), n -> { });
        List<String> lines = Files.readAllLines(ONSPD);
        String header = lines.get(0);
        Path welshOnly = Files.write(folder.resolve("welsh.csv"), lines.stream()
                .filter(line -> line == header || line.contains("W92000004")).toList());
        Path twice = Files.write(folder.resolve("twice.csv"), List.of(header, lines.get(1), lines.get(1)));

        assertThatThrownBy(() -> PostcodeImport.load(dataSource, welshOnly, LOOKUP, locations.places(), n -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no live English postcode");
        assertThatThrownBy(() -> PostcodeImport.load(dataSource, twice, LOOKUP, locations.places(), n -> { }))
                .as("a postcode twice: the COPY fails").isInstanceOfAny(java.sql.SQLException.class, java.io.IOException.class);
        assertThat(locations.of(Postcode.parse("ME4 4TR").orElseThrow())).singleElement()
                .satisfies(place -> assertThat(place.council().name()).isEqualTo("Medway"));
    }
}
