package org.triagegateway.household;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface HouseholdVersions extends GenericRepository<HouseholdVersionRow, Long> {

    HouseholdVersionRow save(HouseholdVersionRow row);

    Optional<HouseholdVersionRow> findByHouseholdIdAndVersion(long householdId, long version);

    List<HouseholdVersionRow> findByHouseholdIdAndVersionGreaterThanEqualsOrderByVersion(long householdId, long version);
}
