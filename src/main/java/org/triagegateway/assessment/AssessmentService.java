package org.triagegateway.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.rules.Evaluation;
import org.triagegateway.rules.RulesEngine;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Evaluates households with the rule base, and keeps what was decided for stored households. */
@Singleton
public class AssessmentService {

    private final RulesEngine engine;
    private final HouseholdService households;
    private final Assessments assessments;
    private final ObjectMapper json;
    private final Clock clock;

    AssessmentService(RulesEngine engine, HouseholdService households, Assessments assessments, ObjectMapper json, Clock clock) {
        this.engine = engine;
        this.households = households;
        this.assessments = assessments;
        this.json = json;
        this.clock = clock;
    }

    public Evaluation evaluate(Household household, LocalDate date) {
        return engine.evaluate(household, orToday(date));
    }

    /** Reads, evaluates, then stores in one insert: no transaction is held open while the rules run. */
    public StoredAssessment assessAndStore(HouseholdReference reference, LocalDate date) {
        StoredHousehold household = households.get(reference);
        Evaluation evaluation = engine.evaluate(household.household(), orToday(date));
        AssessmentRow row = assessments.save(new AssessmentRow(UUID.randomUUID(), reference.value(), household.version(),
                evaluation.assessmentDate(), evaluation.ruleBaseVersion(), evaluation.parameterSetVersion(),
                write(evaluation), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return stored(row);
    }

    @ReadOnly
    public StoredAssessment get(HouseholdReference reference, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new AssessmentNotFoundException(id, reference.display());
        }
        return assessments.findByIdAndHouseholdReference(uuid, reference.value()).map(this::stored)
                .orElseThrow(() -> new AssessmentNotFoundException(id, reference.display()));
    }

    @ReadOnly
    public List<StoredAssessment> list(HouseholdReference reference) {
        households.get(reference);
        return assessments.findByHouseholdReferenceOrderByCreatedAtDesc(reference.value()).stream()
                .map(this::stored).toList();
    }

    private LocalDate orToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }

    private StoredAssessment stored(AssessmentRow row) {
        try {
            return new StoredAssessment(row.id(), new HouseholdReference(row.householdReference()).display(),
                    row.householdVersion(), row.createdAt(), json.readValue(row.result(), Evaluation.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Evaluation evaluation) {
        try {
            return json.writeValueAsString(evaluation);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
