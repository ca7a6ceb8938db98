package org.triagegateway.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every dated rate, threshold and taper under {@code rules/parameters/}.
 *
 * <p>A file {@code universal_credit/standard_allowance.yaml} with the key {@code single_under_25}
 * gives the parameter {@code universal_credit.standard_allowance.single_under_25}; a file holding
 * a single quantity uses the key {@code value} and is named by its path alone.
 */
public final class Parameters {

    /** Keys of a dated entry that describe the value rather than being one. */
    static final Set<String> METADATA = Set.of("reference", "status", "verified_on", "note");

    private final Map<String, NavigableMap<LocalDate, ParameterValue>> byKey;
    private final String version;

    private Parameters(Map<String, NavigableMap<LocalDate, ParameterValue>> byKey, String version) {
        this.byKey = byKey;
        this.version = version;
    }

    /**
     * Everything dated under {@code rules/}: {@code parameters/} by path, and the councils' local
     * schemes under {@code schemes/} as {@code schemes.<council>.<key>}.
     */
    public static Parameters load(Path rules) {
        // Exact decimals: 424.90 stays 424.90, never a double on the way.
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        Map<String, NavigableMap<LocalDate, ParameterValue>> byKey = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (String root : ROOTS) {
            Path folder = rules.resolve(root);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            for (Path file : yamlFiles(folder)) {
                files.add(file);
                String name = (root.equals(SCHEMES) ? SCHEMES + "." : "") + parameterName(folder, file);
                try {
                    readFile(yaml.readTree(file.toFile()), name, byKey);
                } catch (IOException | RuntimeException e) {
                    throw new RuleBaseException("Parameter file " + rules.relativize(file) + ": " + e.getMessage(), e);
                }
            }
        }
        return new Parameters(byKey, Fingerprint.of(rules, files));
    }

    static final String SCHEMES = "schemes";
    /** The folders under {@code rules/} that hold dated values, in a fixed order for the fingerprint. */
    static final List<String> ROOTS = List.of("parameters", SCHEMES);

    static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".yaml"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read parameters in " + folder, e);
        }
    }

    static String parameterName(Path folder, Path file) {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".yaml".length()).replace('/', '.');
    }

    private static void readFile(JsonNode root, String name, Map<String, NavigableMap<LocalDate, ParameterValue>> byKey) {
        JsonNode values = root.path("values");
        if (!values.isObject() || values.isEmpty()) {
            throw new IllegalArgumentException("no dated values");
        }
        for (Iterator<Map.Entry<String, JsonNode>> dates = values.fields(); dates.hasNext(); ) {
            Map.Entry<String, JsonNode> dated = dates.next();
            LocalDate from = LocalDate.parse(dated.getKey());
            JsonNode entry = dated.getValue();
            Reference reference = new Reference(entry.path("reference").path("title").asText(null),
                    entry.path("reference").path("href").asText(null));
            String status = entry.path("status").asText("published");
            String unit = root.path("unit").asText();
            for (Iterator<Map.Entry<String, JsonNode>> fields = entry.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (METADATA.contains(field.getKey())) {
                    continue;
                }
                String key = field.getKey().equals("value") ? name : name + "." + field.getKey();
                byKey.computeIfAbsent(key, k -> new TreeMap<>())
                        .put(from, new ParameterValue(key, scalar(field.getValue(), unit), from, reference, status));
            }
        }
    }

    private static Object scalar(JsonNode node, String unit) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            // Amounts in pounds are whole pence; setScale refuses a value with a fraction of a penny.
            return "GBP".equals(unit) ? node.decimalValue().setScale(2, RoundingMode.UNNECESSARY) : node.decimalValue();
        }
        if (node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return "date".equals(unit) || looksLikeDate(node.textValue()) ? LocalDate.parse(node.textValue()) : node.textValue();
        }
        throw new IllegalArgumentException("a value must be a number, true/false or text, not " + node);
    }

    private static boolean looksLikeDate(String text) {
        return text.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    /** The values in force on {@code date}: the latest dated value on or before it, for each key. */
    public ParameterSet on(LocalDate date) {
        Map<String, ParameterValue> inForce = new HashMap<>();
        byKey.forEach((key, dated) -> {
            Map.Entry<LocalDate, ParameterValue> entry = dated.floorEntry(date);
            if (entry != null) {
                inForce.put(key, entry.getValue());
            }
        });
        return new ParameterSet(date, inForce, version);
    }

    public boolean defines(String key) {
        return byKey.containsKey(key);
    }

    public String version() {
        return version;
    }
}
