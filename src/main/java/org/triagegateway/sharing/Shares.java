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

    Optional<Share> findBySubmissionAndHouseholdReference(UUID submission, String householdReference);

    /** A share an agency may see: its own (one council's, for a council), and not withdrawn. */
    @Query("SELECT * FROM share WHERE id = :id AND agency = :agency AND COALESCE(council, '') = :council AND withdrawn_at IS NULL")
    Optional<Share> visible(UUID id, Agency agency, String council);

    @Query("SELECT * FROM share WHERE agency = :agency AND COALESCE(council, '') = :council AND withdrawn_at IS NULL "
            + "ORDER BY sent_at DESC LIMIT 200")
    List<Share> inbox(Agency agency, String council);

    List<Share> findByHouseholdReferenceOrderBySentAtDesc(String householdReference);

    /** Shares an agency asked more about, and nobody has withdrawn: the adviser's to answer, oldest request first. */
    @Query("SELECT * FROM share WHERE status = 'MORE_INFORMATION_REQUESTED' AND withdrawn_at IS NULL ORDER BY updated_at LIMIT 50")
    List<Share> askedForMore();

    @Query("SELECT * FROM share WHERE agency = :agency AND COALESCE(council, '') = :council AND withdrawn_at IS NULL "
            + "AND acknowledged_at IS NULL ORDER BY sent_at LIMIT 100")
    List<Share> unacknowledged(Agency agency, String council);

    /** Called once the share was found {@link #visible} to the agency. */
    @Query("UPDATE share SET acknowledged_at = :at WHERE id = :id AND acknowledged_at IS NULL")
    long acknowledge(UUID id, Instant at);

    /** Called once the share was found {@link #visible} to the agency. */
    @Query("UPDATE share SET status = :status, updated_by = :by, updated_at = :at, more_information = :moreInformation "
            + "WHERE id = :id AND withdrawn_at IS NULL")
    long update(UUID id, ShareStatus status, String by, Instant at, @Nullable String moreInformation);

    /**
     * Households with a share (the latest for its agency, not withdrawn) older than their latest
     * assessment, not yet found unchanged for that version, and not changed since {@code quietSince}
     * (the adviser may still be at work on it): a change of circumstances to look at.
     */
    @Query(value = "SELECT DISTINCT s.household_reference FROM share s WHERE s.withdrawn_at IS NULL "
            + "AND NOT EXISTS (SELECT 1 FROM share n WHERE n.updates = s.id) "
            + "AND EXISTS (SELECT 1 FROM assessment a WHERE a.household_reference = s.household_reference "
            + "AND a.household_version > GREATEST(s.household_version, COALESCE(s.checked_version, 0))) "
            + "AND EXISTS (SELECT 1 FROM household h WHERE h.reference = s.household_reference AND h.updated_at < :quietSince) "
            + "LIMIT 50",
            nativeQuery = true)
    List<String> changedSinceShared(Instant quietSince);

    @Query("UPDATE share SET checked_version = :version WHERE id = :id")
    long checked(UUID id, long version);

    /** Only a share nobody has opened yet: opening never undoes a decision. */
    @Query("UPDATE share SET status = 'OPENED', updated_by = :by, updated_at = :at WHERE id = :id "
            + "AND status = 'SENT' AND withdrawn_at IS NULL")
    long markOpened(UUID id, String by, Instant at);

    /** Consent to decide claims withdrawn: the agency (that council, for a council) sees none of the household's shares. */
    @Query("UPDATE share SET withdrawn_at = :at WHERE household_reference = :householdReference AND agency = :agency "
            + "AND COALESCE(council, '') = :council AND withdrawn_at IS NULL")
    long withdraw(String householdReference, Agency agency, String council, Instant at);

    /** Shares to a council made before each council was its own agency (V14): CouncilBackfill names the council. */
    @Query("SELECT * FROM share WHERE agency = 'COUNCIL' AND council IS NULL")
    List<Share> withoutCouncil();

    @Query("UPDATE share SET council = :council WHERE id = :id AND council IS NULL")
    long nameCouncil(UUID id, String council);
}
