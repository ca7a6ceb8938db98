package org.triagegateway.questions;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.inject.Singleton;
import org.triagegateway.household.FactPath;
import org.triagegateway.household.Household;
import org.triagegateway.household.Person;
import org.triagegateway.rules.BenefitResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The question catalogue ({@code questions/catalogue.yaml}): for each fact the rules can ask, how it
 * is asked. The kiosk, the adviser's pages and the visiting officer's tablet all ask from it.
 */
@Singleton
public final class QuestionCatalogue {

    static final String FILE = "questions/catalogue.yaml";

    private final Map<String, CatalogueQuestion> byFact = new LinkedHashMap<>();
    private final List<String> order;

    public QuestionCatalogue() {
        for (CatalogueQuestion question : read()) {
            if (byFact.put(question.fact(), question) != null) {
                throw new IllegalStateException(FILE + " has " + question.fact() + " twice");
            }
        }
        order = List.copyOf(byFact.keySet());
    }

    /** The question for a fact the rules ask ("people[2].pregnant"), if the catalogue has one. */
    public Optional<CatalogueQuestion> find(String path) {
        return Optional.ofNullable(byFact.get(CatalogueQuestion.pattern(path)));
    }

    /**
     * What the rules still ask about this household that the catalogue can ask, each fact once: in
     * the catalogue's order and, for one question, person by person. A question about someone it
     * does not apply to (a child's National Insurance) is never among them.
     */
    public List<FactToAsk> stillToAsk(Household household, List<BenefitResult> results) {
        Map<FactPath, FactToAsk> asks = new LinkedHashMap<>();
        for (BenefitResult result : results) {
            for (BenefitResult.MissingFact missing : result.questions()) {
                Optional<FactPath> path = FactPath.parse(missing.fact());
                Optional<CatalogueQuestion> question = find(missing.fact());
                if (path.isEmpty() || question.isEmpty() || asks.containsKey(path.get())) {
                    continue;
                }
                Person person = path.get().person(household).orElse(null);
                if (question.get().about(person == null ? null : person.role())) {
                    asks.put(path.get(), new FactToAsk(question.get(), path.get(), person));
                }
            }
        }
        return asks.values().stream()
                .sorted(Comparator.comparingInt((FactToAsk ask) -> position(ask.question()))
                        .thenComparingInt(ask -> ask.path().personIndex())
                        .thenComparing(ask -> ask.path().toString()))
                .toList();
    }

    /** Every question, in the catalogue's order: the order a person is asked them in. */
    public List<CatalogueQuestion> all() {
        return List.copyOf(byFact.values());
    }

    /** Where a question comes in the catalogue, for putting questions in order. */
    public int position(CatalogueQuestion question) {
        return order.indexOf(question.fact());
    }

    private static List<CatalogueQuestion> read() {
        JsonMapper yaml = JsonMapper.builder(new YAMLFactory())
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = QuestionCatalogue.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            return yaml.readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " cannot be read: " + e.getMessage(), e);
        }
    }
}
