package org.triagegateway.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.triagegateway.household.OtherIncome;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code rules/benefits.yaml}: the benefits the rule base reports on, and the dates it supports. */
public record BenefitRegistry(List<Benefit> benefits, LocalDate supportedFrom, LocalDate supportedTo) {

    public static BenefitRegistry load(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            List<Benefit> benefits = new ArrayList<>();
            for (JsonNode node : root.path("benefits")) {
                benefits.add(new Benefit(
                        node.path("id").asText(), node.path("name").asText(), node.path("legislation").asText(),
                        node.path("agency").asText(), node.path("period").asText(),
                        "assessed".equals(node.path("status").asText()),
                        node.path("income").asBoolean(false),
                        node.hasNonNull("recorded_as") ? OtherIncome.Type.valueOf(node.path("recorded_as").asText()) : null));
            }
            return new BenefitRegistry(List.copyOf(benefits),
                    LocalDate.parse(root.path("supported_dates").path("from").asText()),
                    LocalDate.parse(root.path("supported_dates").path("to").asText()));
        } catch (IOException | RuntimeException e) {
            throw new RuleBaseException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The benefits by id, for looking each one up. */
    public Map<String, Benefit> byId() {
        return benefits.stream().collect(Collectors.toUnmodifiableMap(Benefit::id, Function.identity()));
    }

    public boolean supports(LocalDate date) {
        return !date.isBefore(supportedFrom) && !date.isAfter(supportedTo);
    }
}
