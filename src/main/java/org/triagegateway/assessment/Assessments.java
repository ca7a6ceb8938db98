package org.triagegateway.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface Assessments extends GenericRepository<AssessmentRow, UUID> {

    AssessmentRow save(AssessmentRow row);

    Optional<AssessmentRow> findByIdAndHouseholdReference(UUID id, String householdReference);

    List<AssessmentRow> findByHouseholdReferenceOrderByCreatedAtDesc(String householdReference);
}
