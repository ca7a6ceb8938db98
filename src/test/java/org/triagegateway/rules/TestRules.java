package org.triagegateway.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.triagegateway.household.Household;

import java.nio.file.Path;

/** The rule base compiled once for the rule tests that need only the engine, and households written as JSON. */
final class TestRules {

    static final RulesEngine ENGINE = new RulesEngine(RuleBase.load(Path.of("rules")));
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private TestRules() {
    }

    static Household household(String json) throws JsonProcessingException {
        return JSON.readValue(json, Household.class);
    }
}
