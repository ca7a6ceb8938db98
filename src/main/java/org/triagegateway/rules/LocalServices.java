package org.triagegateway.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The directory of services per council, kept in {@code rules/services/<council>.yaml} so that a
 * council can change it without touching code; {@code national.yaml} lists services anyone can use.
 */
public final class LocalServices {

    static final String NATIONAL = "national";
    static final Set<String> KINDS = Set.of("debt_advice", "food_support", "employment_support", "housing_advice", "other");

    private final Map<String, List<LocalService>> byCouncil;

    private LocalServices(Map<String, List<LocalService>> byCouncil) {
        this.byCouncil = byCouncil;
    }

    public static LocalServices load(Path folder) {
        Map<String, List<LocalService>> byCouncil = new HashMap<>();
        if (Files.isDirectory(folder)) {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            for (Path file : Parameters.yamlFiles(folder)) {
                try {
                    byCouncil.put(councilId(file), services(yaml.readTree(file.toFile())));
                } catch (IOException | RuntimeException e) {
                    throw new RuleBaseException("Services file " + folder.relativize(file) + ": " + e.getMessage(), e);
                }
            }
        }
        return new LocalServices(byCouncil);
    }

    /** The council's own services first, then the national ones; only the national ones when the council is unknown. */
    public List<LocalService> forCouncil(String councilId) {
        List<LocalService> services = new ArrayList<>();
        if (councilId != null && !councilId.equals(NATIONAL)) {
            services.addAll(byCouncil.getOrDefault(councilId, List.of()));
        }
        services.addAll(byCouncil.getOrDefault(NATIONAL, List.of()));
        return List.copyOf(services);
    }

    private static String councilId(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

    private static List<LocalService> services(JsonNode root) {
        List<LocalService> services = new ArrayList<>();
        for (JsonNode entry : root.path("services")) {
            LocalService service = new LocalService(text(entry, "kind"), text(entry, "name"), text(entry, "what"),
                    entry.path("phone").asText(null), text(entry, "website"), text(entry, "source"));
            if (!KINDS.contains(service.kind())) {
                throw new IllegalArgumentException(service.name() + ": kind must be one of " + KINDS);
            }
            if (!service.website().startsWith("https://") || !service.source().startsWith("https://")) {
                throw new IllegalArgumentException(service.name() + ": website and source must be https addresses");
            }
            services.add(service);
        }
        return services;
    }

    private static String text(JsonNode entry, String field) {
        String value = entry.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a service without " + field);
        }
        return value;
    }
}
