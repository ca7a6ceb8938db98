package org.triagegateway.rules;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.triagegateway.rules.facts.Step;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each step of the working came from, captured once as the step is inserted (ADR 0007):
 * <ul>
 * <li>its <b>position</b>, the place in the rule base of the rule that made it: the order of the
 *     files (by path) and of the rules in each file, written in the order of the working ("rent as a
 *     monthly figure", then the Local Housing Allowance, then the lower of the two, then the
 *     element). Steps are shown in that order, not alphabetically;</li>
 * <li>its <b>key</b>, which does not change when the step's sentence is reworded: the rule's name;
 *     then, when the firing's match declares {@value #PERSON}, " @" and that value (the person the
 *     step is about: a rule that fires once per person binds the person's id as {@code $id}), with
 *     "/" and the value of {@value #ITEM} when it declares that too (which of the person's jobs or
 *     incomes, from 0, as in the household's fact paths); then, for a step the rule
 *     {@linkplain Step#named named}, " #" and that name. For example
 *     {@code UC Regs 2013 Sch 4 para 7: rent as a monthly figure} and
 *     {@code Jobseekers Act 1995 s.4(1); JSA Regs 2013 regs 49 to 51: the personal rate less earnings and pension @claimant #earnings}.</li>
 * </ul>
 * A step that several firings insert alike (the same note for both partners) is one fact, and keeps
 * the origin of the firing that first made it.
 */
final class StepOrigins {

    /** The declaration that names the person a firing is about. */
    static final String PERSON = "$id";
    /** The declaration that names which of the person's jobs or incomes a firing is about. */
    static final String ITEM = "$index";

    /** A step's key and its rule's place in the rule base, from one capture. */
    record Origin(String key, int position) {
    }

    private static final Origin UNKNOWN = new Origin(null, Integer.MAX_VALUE);

    private final Map<Step, Origin> origins = new HashMap<>();
    private final Firings firings = new Firings();
    private final Insertions insertions = new Insertions();

    /** The match being fired, if any: the step inserted now is about its declarations. */
    private Match firing;

    void listenTo(KieSession session) {
        session.addEventListener(firings);
        session.addEventListener(insertions);
    }

    void stopListening(KieSession session) {
        session.removeEventListener(insertions);
        session.removeEventListener(firings);
    }

    /** Where the step came from; a step no rule made (none should be) has no key and comes last. */
    Origin of(Step step) {
        return origins.getOrDefault(step, UNKNOWN);
    }

    private final class Firings extends DefaultAgendaEventListener {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firing = null;
        }
    }

    private final class Insertions extends DefaultRuleRuntimeEventListener {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Step step && event.getRule() != null) {
                origins.putIfAbsent(step, origin(event.getRule(), step));
            }
        }

        /** A step taken back (its reason is gone) may come again from another rule or person. */
        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getOldObject() instanceof Step step) {
                origins.remove(step);
            }
        }
    }

    private Origin origin(Rule rule, Step step) {
        Match match = firing != null && firing.getRule().getName().equals(rule.getName())
                && firing.getRule().getPackageName().equals(rule.getPackageName()) ? firing : null;
        Object person = declared(match, PERSON);
        Object item = declared(match, ITEM);
        return new Origin(key(rule.getName(), person, item, step.name()), position(rule));
    }

    private static Object declared(Match match, String declaration) {
        return match != null && match.getDeclarationIds().contains(declaration) ? match.getDeclarationValue(declaration) : null;
    }

    static String key(String rule, Object person, Object item, String name) {
        StringBuilder key = new StringBuilder(rule);
        if (person != null) {
            key.append(" @").append(person);
            if (item != null) {
                key.append('/').append(item);
            }
        }
        if (name != null) {
            key.append(" #").append(name);
        }
        return key.toString();
    }

    private static int position(Rule rule) {
        return rule instanceof RuleImpl loaded ? loaded.getLoadOrder() : Integer.MAX_VALUE;
    }
}
