package org.triagegateway.sharing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import org.triagegateway.documents.EvidenceKind;
import org.triagegateway.forms.ClaimForms;
import org.triagegateway.household.FactPath;
import org.triagegateway.rules.RulesEngine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code rules/sharing.yaml}: for each agency, the benefits, household values, evidence and forms a
 * share sends it, and the legal gateways that allow it. Checked against the rule base, the
 * household record and the forms when the service starts.
 */
@Context
public class SharingRules {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Sent with every share, so that the values sent can be read. */
    private static final List<String> STRUCTURE = List.of("people.id", "people.role");

    private final File file;

    record File(Map<Agency, AgencyRules> agencies, Map<String, List<String>> values, List<LawfulBasis> lawfulBases) {
    }

    /** What one agency gets. */
    public record AgencyRules(List<String> benefits, List<EvidenceKind> evidence, List<String> forms) {
    }

    @Inject
    SharingRules(@Value("${triage.rules.path}") String rules, RulesEngine engine, ClaimForms forms) {
        this(read(Path.of(rules).resolve("sharing.yaml")));
        List<String> problems = problems(file, engine.ruleBase().registry().byId().keySet());
        file.agencies().forEach((agency, sent) -> sent.forms().forEach(id -> {
            if (forms.get(id).filter(f -> f.agency() == agency).isEmpty()) {
                problems.add(agency + " is sent the form " + id + ", which is not a form in forms/ for " + agency);
            }
        }));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("rules/sharing.yaml: " + String.join("; ", problems));
        }
    }

    SharingRules(File file) {
        this.file = file;
    }

    static File read(Path path) {
        try {
            return YAML.readValue(path.toFile(), File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    static List<String> problems(File file, Set<String> benefits) {
        List<String> problems = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            if (!file.agencies().containsKey(agency)) {
                problems.add("nothing said for " + agency);
            }
        }
        file.agencies().forEach((agency, rules) -> rules.benefits().forEach(b -> {
            if (!benefits.contains(b)) {
                problems.add(agency + " gets " + b + ", which the rule base does not have");
            }
            if (!file.values().containsKey(b)) {
                problems.add("no values listed for " + b);
            }
        }));
        file.values().forEach((benefit, values) -> values.forEach(v -> {
            if (!FactPath.names(v)) {
                problems.add(benefit + " lists " + v + ", which is not in the household record");
            }
        }));
        for (Agency agency : Agency.values()) {
            if (file.lawfulBases().stream().noneMatch(b -> b.agency() == agency)) {
                problems.add("no lawful basis for sharing with " + agency);
            }
        }
        return problems;
    }

    public AgencyRules of(Agency agency) {
        return file.agencies().get(agency);
    }

    public List<LawfulBasis> lawfulBases(Agency agency) {
        return file.lawfulBases().stream().filter(b -> b.agency() == agency).toList();
    }

    public Optional<LawfulBasis> lawfulBasis(String id) {
        return file.lawfulBases().stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The values sent to this agency: those its benefits need, and the people's ids and roles. */
    public Set<String> values(Agency agency) {
        Set<String> values = new TreeSet<>(STRUCTURE);
        of(agency).benefits().forEach(b -> values.addAll(file.values().get(b)));
        // a part of something sent whole is already sent
        values.removeIf(v -> v.contains(".") && !v.startsWith("people.") && values.contains(v.substring(0, v.indexOf('.'))));
        return values;
    }

    /** Only the household's values this agency needs, in the record's own shape. */
    public ObjectNode minimise(JsonNode household, Agency agency) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        for (String value : values(agency)) {
            copy(household, kept, List.of(value.split("\\.")));
        }
        return kept;
    }

    private static void copy(JsonNode from, ObjectNode to, List<String> path) {
        JsonNode next = from.get(path.get(0));
        if (next == null || next.isNull()) {
            return;
        }
        if (path.size() == 1) {
            to.set(path.get(0), next.deepCopy());
            return;
        }
        List<String> rest = path.subList(1, path.size());
        if (next.isArray()) {
            ArrayNode array = to.has(path.get(0)) ? (ArrayNode) to.get(path.get(0)) : to.putArray(path.get(0));
            for (int i = 0; i < next.size(); i++) {
                ObjectNode element = i < array.size() ? (ObjectNode) array.get(i) : array.addObject();
                copy(next.get(i), element, rest);
            }
        } else {
            ObjectNode object = to.has(path.get(0)) ? (ObjectNode) to.get(path.get(0)) : to.putObject(path.get(0));
            copy(next, object, rest);
        }
    }

    /** The benefits whose results an agency gets, in the rule base's order. */
    public Set<String> benefits(Agency agency) {
        return new LinkedHashSet<>(of(agency).benefits());
    }
}
