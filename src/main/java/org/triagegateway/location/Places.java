package org.triagegateway.location;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference data of where a home is, read from {@code rules/reference/} (its README gives each
 * file's source): every English council by its ONS code, every Broad Rental Market Area, and which
 * councils and rental areas each postcode district of the pilot councils reaches.
 */
public final class Places {

    private static final Pattern NOT_WORDS = Pattern.compile("[^a-z0-9]+");
    // What people add to a council's name on forms and bills; none of these tells two councils apart.
    private static final Pattern TITLE = Pattern.compile(
            "^(the )?((royal|london) borough of |city and county of |city of |borough of |council of the )?"
            + "|( (metropolitan |county )?(borough|district|city) council| council| unitary authority)$");

    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("borough", "council", "district", "metropolitan",
            "unitary", "authority", "the", "of");

    private final Map<String, Council> councilsByCode;
    private final Map<String, List<Council>> councilsByName;
    private final Map<String, RentalArea> rentalAreas;
    private final Map<String, List<Place>> byDistrict;

    Places(List<Council> councils, List<RentalArea> areas, Map<String, List<Place>> byDistrict) {
        this.councilsByCode = new LinkedHashMap<>();
        this.councilsByName = new HashMap<>();
        councils.stream().sorted(Comparator.comparing(Council::name)).forEach(c -> {
            councilsByCode.put(c.code(), c);
            councilsByName.computeIfAbsent(plain(c.name()), k -> new ArrayList<>()).add(c);
            c.alsoKnownAs().forEach(alias -> {
                List<Council> named = councilsByName.computeIfAbsent(plain(alias), k -> new ArrayList<>());
                if (!named.contains(c)) {
                    named.add(c);
                }
            });
        });
        this.rentalAreas = new LinkedHashMap<>();
        areas.stream().sorted(Comparator.comparing(RentalArea::name)).forEach(a -> rentalAreas.put(a.id(), a));
        this.byDistrict = Map.copyOf(byDistrict);
    }

    /** Reads the reference files in {@code folder}; a row that names an unknown council or area stops the start. */
    public static Places load(Path folder) {
        List<Council> councils = new ArrayList<>();
        read(folder.resolve("councils.csv"), (rows, row) -> councils.add(new Council(
                CsvRows.field(row, rows.column("code")), CsvRows.field(row, rows.column("name")),
                aliases(CsvRows.field(row, rows.column("also_known_as"))), CsvRows.field(row, rows.column("pilot")).equals("yes"))));
        List<RentalArea> areas = new ArrayList<>();
        read(folder.resolve("rental_areas.csv"), (rows, row) -> areas.add(new RentalArea(
                CsvRows.field(row, rows.column("id")), CsvRows.field(row, rows.column("name")))));
        Map<String, Council> byCode = new HashMap<>();
        councils.forEach(c -> byCode.put(c.code(), c));
        Map<String, RentalArea> byId = new HashMap<>();
        areas.forEach(a -> byId.put(a.id(), a));
        Map<String, List<Place>> byDistrict = new HashMap<>();
        Path districts = folder.resolve("pilot_postcode_districts.csv");
        read(districts, (rows, row) -> {
            String district = CsvRows.field(row, rows.column("district")).toUpperCase(Locale.ROOT);
            Council council = known(byCode, CsvRows.field(row, rows.column("council_code")), districts, rows);
            String areaId = CsvRows.field(row, rows.column("rental_area"));
            RentalArea area = areaId.isEmpty() ? null : known(byId, areaId, districts, rows);
            byDistrict.computeIfAbsent(district, k -> new ArrayList<>()).add(new Place(council, area));
        });
        byDistrict.replaceAll((k, v) -> List.copyOf(v));
        return new Places(councils, areas, byDistrict);
    }

    private static <T> T known(Map<String, T> values, String key, Path file, CsvRows rows) {
        T value = values.get(key);
        if (value == null) {
            throw new IllegalStateException(file + " line " + rows.line() + " names " + key + ", which is not in the reference data");
        }
        return value;
    }

    private interface RowReader {
        void read(CsvRows rows, List<String> row);
    }

    private static void read(Path file, RowReader reader) {
        try (CsvRows rows = new CsvRows(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            for (Optional<List<String>> row = rows.next(); row.isPresent(); row = rows.next()) {
                if (!row.get().stream().allMatch(String::isBlank)) {
                    reader.read(rows, row.get());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> aliases(String field) {
        return field.isBlank() ? List.of() : List.of(field.split("\\|")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Lower case, "&" as "and", accents and punctuation gone, and the council's title words dropped. */
    static String plain(String name) {
        String words = folded(name);
        String untitled = TITLE.matcher(words).replaceAll("").strip();
        return untitled.isEmpty() ? words : untitled;
    }

    private static String folded(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "").replace("\u2019", "");
        return NOT_WORDS.matcher(folded).replaceAll(" ").strip();
    }

    public List<Council> councils() {
        return List.copyOf(councilsByCode.values());
    }

    public Optional<Council> council(String code) {
        return Optional.ofNullable(code == null ? null : councilsByCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The council a person or a system named, by its code, its name or a name people write for it
     * ("Luton Borough Council", "LBC"); empty when that names none, or more than one.
     */
    public Optional<Council> findCouncil(String named) {
        if (named == null || named.isBlank()) {
            return Optional.empty();
        }
        Optional<Council> byCode = council(named);
        if (byCode.isPresent()) {
            return byCode;
        }
        List<Council> matches = councilsByName.getOrDefault(plain(named), List.of());
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Councils whose name or other names hold every word typed but the title words, for a list with search. */
    public List<Council> search(String typed) {
        List<String> words = List.of(folded(typed == null ? "" : typed).split(" ")).stream()
                .filter(word -> !TITLE_WORDS.contains(word)).toList();
        return councilsByCode.values().stream()
                .filter(c -> matchesAll(folded(c.name()), words) || c.alsoKnownAs().stream().anyMatch(a -> matchesAll(folded(a), words)))
                .toList();
    }

    private static boolean matchesAll(String name, List<String> words) {
        return words.stream().allMatch(name::contains);
    }

    public Optional<RentalArea> rentalArea(String id) {
        return Optional.ofNullable(id == null ? null : rentalAreas.get(id));
    }

    public List<RentalArea> rentalAreas() {
        return List.copyOf(rentalAreas.values());
    }

    /** The councils and rental areas a postcode district reaches; empty outside the pilot councils. */
    public List<Place> inDistrict(String district) {
        return byDistrict.getOrDefault(district.toUpperCase(Locale.ROOT), List.of());
    }

    /**
     * The rental areas a pilot council's postcodes are in; none for another council, whose
     * postcodes the reference data holds only where a pilot council's district reaches it.
     */
    public List<RentalArea> rentalAreasOf(Council council) {
        if (!council.pilot()) {
            return List.of();
        }
        return byDistrict.values().stream().flatMap(List::stream)
                .filter(p -> p.council().equals(council) && p.rentalArea() != null)
                .map(Place::rentalArea).distinct().sorted(Comparator.comparing(RentalArea::name)).toList();
    }
}
