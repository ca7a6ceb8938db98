package org.triagegateway.rules;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.ClassObjectFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triagegateway.household.Household;
import org.triagegateway.rules.BenefitResult.Explanation;
import org.triagegateway.rules.BenefitResult.MissingFact;
import org.triagegateway.rules.facts.Decision;
import org.triagegateway.rules.facts.Decision.Status;
import org.triagegateway.rules.facts.Evidence;
import org.triagegateway.rules.facts.Ineligibility;
import org.triagegateway.rules.facts.Question;
import org.triagegateway.rules.facts.Step;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The rule base as a pure function: (household, date) to every benefit's result. Holds no state
 * between calls; each call runs in its own short-lived Drools session, so it is safe to call
 * from many threads at once.
 */
public final class RulesEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RulesEngine.class);

    /** Steps and questions about shared facts (who is a child, for instance) concern every benefit. */
    static final String SHARED = "household";

    /** Sessions are reset and reused rather than built for each call; the pool grows as threads need it. */
    private static final int INITIAL_SESSIONS = 4;

    private final RuleBase ruleBase;
    private final KieSessionsPool sessions;
    private final Map<LocalDate, ParameterSet> parametersByDate = new ConcurrentHashMap<>();

    public RulesEngine(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.sessions = ruleBase.kieBase().newKieSessionsPool(INITIAL_SESSIONS);
    }

    public Evaluation evaluate(Household household, LocalDate date) {
        if (!ruleBase.registry().supports(date)) {
            throw new UnsupportedDateException(date, ruleBase.registry());
        }
        ParameterSet parameters = parametersByDate.computeIfAbsent(date, ruleBase.parameters()::on);
        KieSession session = sessions.newKieSession();
        try {
            session.setGlobal("parameters", parameters);
            HouseholdFacts.of(household, date).forEach(session::insert);
            session.fireAllRules();
            Outcomes outcomes = new Outcomes(
                    facts(session, Decision.class), facts(session, Step.class), facts(session, Question.class),
                    facts(session, Evidence.class), facts(session, Ineligibility.class));
            List<BenefitResult> results = ruleBase.registry().benefits().stream()
                    .map(benefit -> outcomes.resultFor(benefit))
                    .toList();
            String council = household.housing() == null ? null : household.housing().councilId();
            return new Evaluation(date, ruleBase.version(), parameters.version(), results,
                    ruleBase.localServices().forCouncil(council));
        } finally {
            session.dispose();
        }
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> facts(KieSession session, Class<T> type) {
        Collection<?> objects = session.getObjects(new ClassObjectFilter(type));
        return (List<T>) List.copyOf(objects);
    }

    private record Outcomes(List<Decision> decisions, List<Step> steps, List<Question> questions,
                            List<Evidence> evidence, List<Ineligibility> ineligibilities) {

        BenefitResult resultFor(Benefit benefit) {
            String id = benefit.id();
            List<Decision> decided = decisions.stream().filter(d -> d.benefit().equals(id)).toList();
            if (!benefit.assessed()) {
                return notAssessed(benefit, "This rule base does not assess " + benefit.name() + " yet.");
            }
            if (decided.size() != 1) {
                // Never drop a benefit silently: a rule base that fails to decide says so, and the log tells us.
                LOG.warn("The rules reached {} decisions for {}: {}", decided.size(), id, decided);
                return notAssessed(benefit, "The rules reached " + decided.size() + " decisions for "
                        + benefit.name() + " instead of one; please report this.");
            }
            Decision decision = decided.get(0);
            return new BenefitResult(id, benefit.name(), decision.status(), decision.amount(), benefit.period(),
                    benefit.agency(),
                    Stream.concat(
                                    ineligibilities.stream().filter(i -> i.benefit().equals(id)).map(Ineligibility::reason),
                                    Stream.ofNullable(decision.reason()))
                            .distinct().sorted().toList(),
                    steps.stream().filter(s -> s.benefit().equals(id) || s.benefit().equals(SHARED))
                            .sorted(Comparator.comparing(Step::stage).thenComparing(Step::text))
                            .map(s -> new Explanation(s.stage(), s.text(), s.legalReference(), s.amount()))
                            .distinct().toList(),
                    questions.stream().filter(q -> q.benefit().equals(id) || q.benefit().equals(SHARED))
                            .map(q -> new MissingFact(q.fact(), q.text()))
                            .distinct().sorted(Comparator.comparing(MissingFact::fact)).toList(),
                    evidence.stream().filter(e -> e.benefit().equals(id)).map(Evidence::text)
                            .distinct().sorted().toList());
        }

        private static BenefitResult notAssessed(Benefit benefit, String why) {
            return new BenefitResult(benefit.id(), benefit.name(), Status.NOT_ASSESSED, null, benefit.period(),
                    benefit.agency(), List.of(why), List.of(), List.of(), List.of());
        }
    }
}
