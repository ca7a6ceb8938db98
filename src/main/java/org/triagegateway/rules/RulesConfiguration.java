package org.triagegateway.rules;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/** Compiles the rule base once, at start, from the folder in {@code triage.rules.path}. */
@Factory
class RulesConfiguration {

    @Singleton
    RulesEngine rulesEngine(@Value("${triage.rules.path}") String path) {
        return new RulesEngine(RuleBase.load(Path.of(path)));
    }
}
