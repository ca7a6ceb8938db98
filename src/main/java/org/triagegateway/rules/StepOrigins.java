package org.triagegateway.rules;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.triagegateway.rules.facts.Step;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each step of the working came from: the position of the rule that made it in the rule base,
 * which is the order of the files (by path) and of the rules in each file, written in the order of
 * the working ("rent as a monthly figure", then the Local Housing Allowance, then the lower of the two,
 * then the element). Steps are shown in that order, not alphabetically.
 */
final class StepOrigins extends DefaultRuleRuntimeEventListener {

    private final Map<Step, Integer> positions = new HashMap<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Step step && event.getRule() != null) {
            positions.putIfAbsent(step, position(event.getRule()));
        }
    }

    /** The rule's place in the rule base; steps whose rule is unknown come last. */
    int of(Step step) {
        return positions.getOrDefault(step, Integer.MAX_VALUE);
    }

    private static int position(Rule rule) {
        return rule instanceof RuleImpl loaded ? loaded.getLoadOrder() : Integer.MAX_VALUE;
    }
}
