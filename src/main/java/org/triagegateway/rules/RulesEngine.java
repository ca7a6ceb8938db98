package org.triagegateway.rules;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.rule.FactHandle;
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
import org.triagegateway.rules.facts.ResidenceBar;
import org.triagegateway.rules.facts.ResidenceDoubt;
import org.triagegateway.rules.facts.Step;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The rule base as a pure function: (household, date) to every benefit's result. Holds no state
 * between calls; each call runs in its own short-lived Drools session, so it is safe to call
 * from many threads at once. The rules only ever insert logically (truth maintenance), so a
 * session can also follow a household as it changes: see {@link #evaluateEach}.
 */
public final class RulesEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RulesEngine.class);

    /** Steps and questions about shared facts (who is a child, for instance) concern every benefit. */
    static final String SHARED = "household";

    /** Sessions are reset and reused rather than built for each call; the pool grows as threads need it. */
    private static final int INITIAL_SESSIONS = 4;

    /** Below this many households a stretch is not worth a thread of its own. */
    private static final int MIN_STRETCH = 20;
    private static final int STRETCH_THREADS = Runtime.getRuntime().availableProcessors();

    private final RuleBase ruleBase;
    private final KieSessionsPool sessions;
    private final Map<LocalDate, ParameterSet> parametersByDate = new ConcurrentHashMap<>();
    private final ExecutorService stretchThreads = stretchThreads();

    public RulesEngine(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.sessions = ruleBase.kieBase().newKieSessionsPool(INITIAL_SESSIONS);
    }

    public Evaluation evaluate(Household household, LocalDate date) {
        ParameterSet parameters = parametersOn(date);
        return inSession(parameters, (session, origins) -> {
            HouseholdFacts.of(household, date).forEach(session::insert);
            session.fireAllRules();
            return collect(session, origins, household, date, parameters);
        });
    }

    /**
     * Runs {@code work} in a pooled session with the date's parameters and listeners for where each
     * step came from; the session goes back to the pool without this run's listeners.
     */
    private <T> T inSession(ParameterSet parameters, java.util.function.BiFunction<KieSession, StepOrigins, T> work) {
        KieSession session = sessions.newKieSession();
        StepOrigins origins = new StepOrigins();
        origins.listenTo(session);
        try {
            session.setGlobal("parameters", parameters);
            return work.apply(session, origins);
        } finally {
            origins.stopListening(session);
            session.dispose();
        }
    }

    /**
     * Evaluates a run of households that differ a little from one to the next, such as one person's
     * earnings stepping up, giving the same results as {@link #evaluate} for each. Each household
     * after the first changes only the facts that differ, and the rules' logical insertions undo
     * what depended on the old ones, so only that part of the rule base runs again. The run is
     * split into one stretch per processor, each in its own session.
     */
    public List<Evaluation> evaluateEach(List<Household> households, LocalDate date) {
        ParameterSet parameters = parametersOn(date);
        int size = households.size();
        int count = Math.max(1, Math.min(STRETCH_THREADS, size / MIN_STRETCH));
        List<Future<List<Evaluation>>> stretches = IntStream.range(0, count)
                .mapToObj(s -> households.subList(s * size / count, (s + 1) * size / count))
                .map(stretch -> stretchThreads.submit(() -> evaluateStretch(stretch, date, parameters)))
                .toList();
        List<Evaluation> evaluations = new ArrayList<>(households.size());
        for (Future<List<Evaluation>> stretch : stretches) {
            evaluations.addAll(result(stretch));
        }
        return evaluations;
    }

    private static List<Evaluation> result(Future<List<Evaluation>> stretch) {
        try {
            return stretch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while evaluating", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Threads of our own rather than the common pool: Drools finds its parts (truth maintenance among
     * them) through the thread's context class loader, which must be the one that loaded the rules.
     */
    private static ExecutorService stretchThreads() {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(STRETCH_THREADS, task -> {
            Thread thread = new Thread(task, "rules-stretch-" + number.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(RulesEngine.class.getClassLoader());
            return thread;
        });
    }

    private List<Evaluation> evaluateStretch(List<Household> households, LocalDate date, ParameterSet parameters) {
        return inSession(parameters, (session, origins) -> {
            Map<Object, Deque<FactHandle>> present = new HashMap<>();
            List<Evaluation> evaluations = new ArrayList<>(households.size());
            for (Household household : households) {
                replaceFacts(session, present, HouseholdFacts.of(household, date));
                session.fireAllRules();
                evaluations.add(collect(session, origins, household, date, parameters));
            }
            return evaluations;
        });
    }

    /**
     * Brings the session's facts to those wanted: equal facts stay, as often as they occur; a fact
     * that is replaced by another of its kind is updated in place, so that conclusions which do not
     * depend on what changed stay too; the rest are deleted or inserted. Like {@link #evaluate},
     * it inserts each object once however often the list holds it.
     */
    private static void replaceFacts(KieSession session, Map<Object, Deque<FactHandle>> present, List<Object> wanted) {
        Map<Object, List<Object>> wantedByValue = new HashMap<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.stream().filter(seen::add)
                .forEach(fact -> wantedByValue.computeIfAbsent(fact, f -> new ArrayList<>()).add(fact));
        Map<Class<?>, Deque<FactHandle>> unwanted = new HashMap<>();
        for (Iterator<Map.Entry<Object, Deque<FactHandle>>> it = present.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Object, Deque<FactHandle>> entry = it.next();
            Deque<FactHandle> handles = entry.getValue();
            while (handles.size() > wantedByValue.getOrDefault(entry.getKey(), List.of()).size()) {
                unwanted.computeIfAbsent(entry.getKey().getClass(), c -> new ArrayDeque<>()).push(handles.pop());
            }
            if (handles.isEmpty()) {
                it.remove();
            }
        }
        wantedByValue.forEach((value, facts) -> {
            Deque<FactHandle> handles = present.computeIfAbsent(value, f -> new ArrayDeque<>());
            // Objects the session holds already (shared by both households) are among the handles kept.
            List<Object> notHeld = facts.stream().filter(fact -> session.getFactHandle(fact) == null).toList();
            for (Object fact : notHeld.subList(0, facts.size() - handles.size())) {
                Deque<FactHandle> sameKind = unwanted.get(fact.getClass());
                if (sameKind == null || sameKind.isEmpty()) {
                    handles.push(session.insert(fact));
                } else {
                    FactHandle handle = sameKind.pop();
                    session.update(handle, fact);
                    handles.push(handle);
                }
            }
        });
        unwanted.values().forEach(handles -> handles.forEach(session::delete));
    }

    /** The parameter values in force on a date the rule base supports. */
    public ParameterSet parametersOn(LocalDate date) {
        if (!ruleBase.registry().supports(date)) {
            throw new UnsupportedDateException(date, ruleBase.registry());
        }
        return parametersByDate.computeIfAbsent(date, ruleBase.parameters()::on);
    }

    private Evaluation collect(KieSession session, StepOrigins origins, Household household, LocalDate date,
                               ParameterSet parameters) {
        Outcomes outcomes = new Outcomes(session, origins);
        List<BenefitResult> results = ruleBase.registry().benefits().stream()
                .map(outcomes::resultFor)
                .toList();
        String council = household.housing() == null ? null : household.housing().councilId();
        return new Evaluation(date, ruleBase.version(), parameters.version(), results,
                ruleBase.localServices().forCouncil(council));
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    /** What the rules concluded, by benefit: gathered once, then read for each benefit. */
    private static final class Outcomes {

        /**
         * Stages in the order an adviser explains them; within a stage, in the order of the working: by the
         * position of the rule that made each step, then by key (one rule's steps person by person, a firing's
         * unnamed step before its named ones). Key and position come from one capture (StepOrigins). The text
         * decides only between steps with the same key, which WorkedCasesTest does not allow.
         */
        private static final Comparator<Placed> IN_ORDER_OF_THE_WORKING =
                Comparator.comparing((Placed p) -> p.explanation().stage())
                        .thenComparingInt(Placed::position)
                        .thenComparing(p -> p.explanation().key(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(p -> p.explanation().text());

        /** A step of the working with the place in the rule base of the rule that made it. */
        private record Placed(Explanation explanation, int position) {
        }

        private final StepOrigins origins;

        private final Map<String, List<Decision>> decisions;
        private final Map<String, List<Step>> steps;
        private final Map<String, List<Question>> questions;
        private final Map<String, List<Evidence>> evidence;
        private final Map<String, List<Ineligibility>> ineligibilities;
        private final Map<String, List<ResidenceBar>> residenceBars;
        private final Map<String, List<ResidenceDoubt>> residenceDoubts;

        Outcomes(KieSession session, StepOrigins origins) {
            this.origins = origins;
            decisions = byBenefit(session, Decision.class, Decision::benefit);
            steps = byBenefit(session, Step.class, Step::benefit);
            questions = byBenefit(session, Question.class, Question::benefit);
            evidence = byBenefit(session, Evidence.class, Evidence::benefit);
            ineligibilities = byBenefit(session, Ineligibility.class, Ineligibility::benefit);
            residenceBars = byBenefit(session, ResidenceBar.class, ResidenceBar::benefit);
            residenceDoubts = byBenefit(session, ResidenceDoubt.class, ResidenceDoubt::benefit);
        }

        private static <T> Map<String, List<T>> byBenefit(KieSession session, Class<T> type, Function<T, String> benefit) {
            Map<String, List<T>> found = new HashMap<>();
            for (Object fact : session.getObjects(new ClassObjectFilter(type))) {
                T typed = type.cast(fact);
                found.computeIfAbsent(benefit.apply(typed), b -> new ArrayList<>()).add(typed);
            }
            return found;
        }

        /** A benefit's own facts and those about the household that every benefit shares. */
        private static <T> List<T> ownAndShared(Map<String, List<T>> facts, String id) {
            List<T> own = facts.getOrDefault(id, List.of());
            List<T> shared = facts.getOrDefault(SHARED, List.of());
            List<T> all = new ArrayList<>(own.size() + shared.size());
            all.addAll(own);
            all.addAll(shared);
            return all;
        }

        // Loops rather than streams: this runs for every benefit of every evaluation, and in a sweep
        // the streams' own set-up was a fifth of the time.
        BenefitResult resultFor(Benefit benefit) {
            String id = benefit.id();
            List<Decision> decided = decisions.getOrDefault(id, List.of());
            if (!benefit.assessed()) {
                return notAssessed(benefit, "This rule base does not assess " + benefit.name() + " yet.");
            }
            // residence.drl: a condition of entitlement nobody in the claim meets decides the benefit, whatever the
            // benefit's own rules worked out; where they had ruled it out already (Pension Credit for someone of 23),
            // their reason stands
            boolean ownNo = decided.size() == 1 && decided.get(0).status() == Status.NOT_ELIGIBLE;
            Set<String> barredBecause = new TreeSet<>();
            residenceBars.getOrDefault(id, List.of()).forEach(bar -> barredBecause.add(bar.reason()));
            if (!barredBecause.isEmpty() && !ownNo) {
                decided = List.of(new Decision(id, Status.NOT_ELIGIBLE, null, null));
            }
            if (decided.size() != 1) {
                // Never drop a benefit silently: a rule base that fails to decide says so, and the log tells us.
                LOG.warn("The rules reached {} decisions for {}: {}", decided.size(), id, decided);
                return notAssessed(benefit, "The rules reached " + decided.size() + " decisions for "
                        + benefit.name() + " instead of one; please report this.");
            }
            Decision decision = settled(id, decided.get(0));
            Set<String> reasons = new TreeSet<>();
            if (decision.status() == Status.NOT_ELIGIBLE) {
                // A reason something cannot be had is a reason only when it cannot: where one partner is ruled
                // out and the other may still get it, "in work of 16 hours or more" beside "you might get" misleads.
                // The steps keep whose it is.
                ineligibilities.getOrDefault(id, List.of()).forEach(i -> reasons.add(i.reason()));
            }
            if (decision.reason() != null) {
                reasons.add(decision.reason());
            }
            if (!barredBecause.isEmpty()) {
                if (ownNo && !barredBecause.containsAll(reasons)) {
                    reasons.removeAll(barredBecause);
                } else {
                    reasons.clear();
                    reasons.addAll(barredBecause);
                }
            }
            List<Placed> placed = new ArrayList<>();
            for (Step s : ownAndShared(steps, id)) {
                StepOrigins.Origin origin = origins.of(s);
                placed.add(new Placed(new Explanation(origin.key(), s.stage(), s.text(), s.legalReference(), s.amount()),
                        origin.position()));
            }
            placed.sort(IN_ORDER_OF_THE_WORKING);
            Set<Explanation> explanations = new LinkedHashSet<>();
            Set<String> keys = new HashSet<>();
            for (Placed p : placed) {
                if (explanations.add(p.explanation()) && !keys.add(p.explanation().key())) {
                    // Two steps with one key: a rule that fires more than once per person, or a firing with two
                    // unnamed steps (ADR 0007). WorkedCasesTest fails on it; the log tells us of households it misses.
                    LOG.warn("Two steps of {} share the key {}", id, p.explanation().key());
                }
            }
            Set<MissingFact> asked = new LinkedHashSet<>();
            if (decision.status() != Status.NOT_ELIGIBLE) {
                // once a benefit cannot be had, no answer changes that: its questions are not asked
                // (a pension-age couple who cannot claim Universal Credit is not asked about a sanctuary scheme)
                ownAndShared(questions, id).forEach(q -> asked.add(new MissingFact(q.fact(), q.text())));
            }
            List<MissingFact> missing = new ArrayList<>(asked);
            missing.sort(Comparator.comparing(MissingFact::fact));
            Set<String> toBring = new TreeSet<>();
            if (decision.status() != Status.NOT_ELIGIBLE) {
                // nothing to bring for what cannot be had
                evidence.getOrDefault(id, List.of()).forEach(e -> toBring.add(e.text()));
            }
            return new BenefitResult(id, benefit.name(), decision.status(), decision.amount(), benefit.period(),
                    benefit.agency(), List.copyOf(reasons), List.copyOf(explanations), List.copyOf(missing),
                    List.copyOf(toBring));
        }

        /**
         * A benefit whose claim residence.drl could not work out (a couple one partner cannot join, who claims as a
         * single person; Child Benefit with pre-settled status) is at most "possibly", and without the figure worked
         * out for the household as recorded, which would mislead.
         */
        private Decision settled(String id, Decision decision) {
            return decision.status() != Status.NOT_ELIGIBLE && residenceDoubts.containsKey(id)
                    ? new Decision(id, Status.POSSIBLY_ELIGIBLE, null, decision.reason())
                    : decision;
        }

        private static BenefitResult notAssessed(Benefit benefit, String why) {
            return new BenefitResult(benefit.id(), benefit.name(), Status.NOT_ASSESSED, null, benefit.period(),
                    benefit.agency(), List.of(why), List.of(), List.of(), List.of());
        }
    }
}
