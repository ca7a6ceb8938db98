package org.triagegateway.location;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.triagegateway.database.OwnerConnection;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Loads national coverage in one command: every live English postcode from the ONS Postcode
 * Directory (its council) joined to the Valuation Office Agency's postcode-to-BRMA lookup (its rental
 * area), replacing whatever was imported before in one transaction, so a failed import leaves the
 * last one whole.
 *
 * <pre>
 * java -cp triage-gateway-all.jar org.triagegateway.location.PostcodeImport ONSPD.csv pcode_brma_lookup.csv [data/postgres]
 * </pre>
 * It works while the service runs (it signs in to the running embedded server as the owner).
 */
public final class PostcodeImport {

    static final String ENGLAND = "E92000001";
    private static final int PROGRESS_EVERY = 250_000;
    // ONS names these columns by the year of the boundaries: lad26cd and ctry26cd in 2026, oslaua and ctry before 2023
    private static final java.util.regex.Pattern COUNCIL_COLUMN = java.util.regex.Pattern.compile("lad\\d\\dcd|oslaua");
    private static final java.util.regex.Pattern COUNTRY_COLUMN = java.util.regex.Pattern.compile("ctry(\\d\\dcd)?");

    /** What an import found, for the person running it. */
    record Counts(long imported, long terminated, long notEngland, long unknownCouncil, long noRentalArea,
                  Map<String, Long> unknownAreaNames) {
        @Override
        public String toString() {
            return imported + " postcodes imported; left out: " + terminated + " no longer in use, " + notEngland
                    + " outside England, " + unknownCouncil + " in a council not in rules/reference/councils.csv; "
                    + noRentalArea + " imported without a rental area"
                    + (unknownAreaNames.isEmpty() ? "" : " (rental area names not in rules/reference/rental_areas.csv: "
                    + String.join(", ", unknownAreaNames.keySet()) + ")");
        }
    }

    record Row(Postcode postcode, Council council, RentalArea rentalArea) {
    }

    private PostcodeImport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("Usage: PostcodeImport <ONSPD csv> <VOA postcode-to-BRMA csv> [data folder, default data/postgres]");
            System.exit(2);
        }
        Places places = Places.load(Path.of(System.getenv().getOrDefault("TRIAGE_RULES_PATH", "rules"), "reference"));
        Path data = Path.of(args.length == 3 ? args[2] : System.getenv().getOrDefault("TRIAGE_DATA_DIR", "data/postgres"));
        try (OwnerConnection database = OwnerConnection.fromEnvironmentOr(data)) {
            // the service migrates its own database; an importer from another release must not
            Flyway.configure().dataSource(database.owner()).locations("classpath:db/migration").load().validate();
            Counts counts = load(database.owner(), Path.of(args[0]), Path.of(args[1]), places,
                    n -> System.err.println("… " + n + " postcodes read"));
            System.out.println(counts);
        } catch (IllegalArgumentException | SQLException | IOException e) {
            System.err.println("Nothing was imported, and the last import is kept: " + e.getMessage());
            System.exit(1);
        } catch (org.flywaydb.core.api.exception.FlywayValidateException e) {
            System.err.println("Nothing was imported: the database is not at this release's schema (start this release of "
                    + "the service on it once first). " + e.getMessage());
            System.exit(1);
        }
    }

    /** Reads both files and replaces the imported postcodes with what they hold, in one transaction. */
    static Counts load(DataSource owner, Path onspd, Path lookup, Places places, Consumer<Long> progress)
            throws SQLException, IOException {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM postcode_place");
            }
            Counts counts;
            // rows go to the server as they are read: the national file never sits whole in memory
            try (Writer rows = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                    "COPY postcode_place (postcode, council_code, rental_area) FROM STDIN WITH (FORMAT csv)"), StandardCharsets.UTF_8))) {
                counts = read(onspd, lookup, places, progress, row -> write(rows, row));
            }
            if (counts.imported() == 0) {
                connection.rollback();
                throw new IllegalArgumentException("the files give no live English postcode (" + counts + "); the last import is kept");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO postcode_import (imported_at, sources, postcodes) VALUES (?, ?, ?)")) {
                insert.setTimestamp(1, Timestamp.from(Instant.now()));
                insert.setString(2, onspd.getFileName() + " + " + lookup.getFileName());
                insert.setLong(3, counts.imported());
                insert.executeUpdate();
            }
            connection.commit();
            return counts;
        }
    }

    private static void write(Writer rows, Row row) {
        try {
            rows.append(row.postcode().toString()).append(',').append(row.council().code()).append(',')
                    .append(row.rentalArea() == null ? "" : row.rentalArea().id()).append('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rows to import, and what was left out and why; a file without the columns needed is refused. */
    static Counts read(Path onspd, Path lookup, Places places, Consumer<Long> progress, Consumer<Row> rows) throws IOException {
        Map<String, String> areaNames = areaNames(lookup);
        Map<String, RentalArea> areasByName = new HashMap<>();
        places.rentalAreas().forEach(a -> areasByName.put(Places.plain(a.name()), a));
        long imported = 0;
        long terminated = 0;
        long notEngland = 0;
        long unknownCouncil = 0;
        long noArea = 0;
        Map<String, Long> unknownAreas = new java.util.TreeMap<>();
        try (CsvRows csv = new CsvRows(Files.newBufferedReader(onspd, StandardCharsets.UTF_8))) {
            int postcodeAt = csv.column("pcds", "pcd", "pcd2");
            int endedAt = csv.column("doterm");
            int councilAt = csv.columnLike(COUNCIL_COLUMN);
            int countryAt = csv.columnLike(COUNTRY_COLUMN);
            long read = 0;
            for (Optional<List<String>> next = csv.next(); next.isPresent(); next = csv.next()) {
                List<String> row = next.get();
                if (++read % PROGRESS_EVERY == 0) {
                    progress.accept(read);
                }
                Optional<Postcode> postcode = Postcode.parse(CsvRows.field(row, postcodeAt));
                if (postcode.isEmpty()) {
                    continue;
                }
                if (!CsvRows.field(row, endedAt).isEmpty()) {
                    terminated++;
                    continue;
                }
                if (!ENGLAND.equals(CsvRows.field(row, countryAt))) {
                    notEngland++;
                    continue;
                }
                Optional<Council> council = places.council(CsvRows.field(row, councilAt));
                if (council.isEmpty()) {
                    unknownCouncil++;
                    continue;
                }
                String areaName = areaNames.get(postcode.get().toString());
                RentalArea area = areaName == null ? null : areasByName.get(Places.plain(areaName));
                if (area == null) {
                    noArea++;
                    if (areaName != null) {
                        unknownAreas.merge(areaName, 1L, Long::sum);
                    }
                }
                rows.accept(new Row(postcode.get(), council.get(), area));
                imported++;
            }
        }
        return new Counts(imported, terminated, notEngland, unknownCouncil, noArea, unknownAreas);
    }

    /** The VOA lookup as postcode ("LU1 2AB") to the rental area's name as the VOA spells it. */
    private static Map<String, String> areaNames(Path lookup) throws IOException {
        Map<String, String> names = new HashMap<>();
        try (CsvRows csv = new CsvRows(Files.newBufferedReader(lookup, StandardCharsets.UTF_8))) {
            int postcodeAt = csv.column("pcds", "pcd", "postcode", "pcode");
            int nameAt = csv.column("brma_name", "brmaname", "brma");
            for (Optional<List<String>> next = csv.next(); next.isPresent(); next = csv.next()) {
                List<String> row = next.get();
                Postcode.parse(CsvRows.field(row, postcodeAt))
                        .ifPresent(p -> names.put(p.toString(), CsvRows.field(row, nameAt)));
            }
        }
        return names;
    }
}
