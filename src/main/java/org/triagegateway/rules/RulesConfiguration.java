package org.triagegateway.rules;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.annotation.Context;

import java.nio.file.Path;

/** Compiles the rule base once, at start, from the folder in {@code triage.rules.path}. */
@Factory
class RulesConfiguration {

    // At start, not on the first request: a broken rule base stops the service starting, and nobody waits.
    @Context
    RulesEngine rulesEngine(@Value("${triage.rules.path}") String path) {
        return new RulesEngine(RuleBase.load(Path.of(path)));
    }
}
