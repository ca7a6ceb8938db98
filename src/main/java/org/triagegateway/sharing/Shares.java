package org.triagegateway.sharing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface Shares extends GenericRepository<Share, UUID> {

    Share save(Share share);

    Optional<Share> findById(UUID id);

    /** A share an agency may see: its own, and not withdrawn. */
    Optional<Share> findByIdAndAgencyAndWithdrawnAtIsNull(UUID id, Agency agency);

    @Query("SELECT * FROM share WHERE agency = :agency AND withdrawn_at IS NULL ORDER BY sent_at DESC LIMIT 200")
    List<Share> inbox(Agency agency);

    List<Share> findByHouseholdReferenceOrderBySentAtDesc(String householdReference);

    @Query("SELECT * FROM share WHERE agency = :agency AND withdrawn_at IS NULL AND acknowledged_at IS NULL "
            + "ORDER BY sent_at LIMIT 100")
    List<Share> unacknowledged(Agency agency);

    @Query("UPDATE share SET acknowledged_at = :at WHERE id = :id AND agency = :agency AND acknowledged_at IS NULL")
    long acknowledge(UUID id, Agency agency, Instant at);

    @Query("UPDATE share SET status = :status, updated_by = :by, updated_at = :at, more_information = :moreInformation "
            + "WHERE id = :id AND agency = :agency AND withdrawn_at IS NULL")
    long update(UUID id, Agency agency, ShareStatus status, String by, Instant at, @Nullable String moreInformation);

    /**
     * Households with a share (the latest for its agency, not withdrawn) older than their latest
     * assessment, and not yet found unchanged for that version: a change of circumstances to look at.
     */
    @Query(value = "SELECT DISTINCT s.household_reference FROM share s WHERE s.withdrawn_at IS NULL "
            + "AND NOT EXISTS (SELECT 1 FROM share n WHERE n.updates = s.id) "
            + "AND EXISTS (SELECT 1 FROM assessment a WHERE a.household_reference = s.household_reference "
            + "AND a.household_version > GREATEST(s.household_version, COALESCE(s.checked_version, 0))) LIMIT 50",
            nativeQuery = true)
    List<String> changedSinceShared();

    @Query("UPDATE share SET checked_version = :version WHERE id = :id")
    long checked(UUID id, long version);

    /** Only a share nobody has opened yet: opening never undoes a decision. */
    @Query("UPDATE share SET status = 'OPENED', updated_by = :by, updated_at = :at WHERE id = :id AND agency = :agency "
            + "AND status = 'SENT' AND withdrawn_at IS NULL")
    long markOpened(UUID id, Agency agency, String by, Instant at);

    @Query("UPDATE share SET withdrawn_at = :at WHERE household_reference = :householdReference AND agency = :agency "
            + "AND withdrawn_at IS NULL")
    long withdraw(String householdReference, Agency agency, Instant at);
}
