package org.triagegateway.household;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface Households extends GenericRepository<HouseholdRow, Long> {

    HouseholdRow save(HouseholdRow row);

    Optional<HouseholdRow> findByReference(String reference);

    Optional<HouseholdRow> findBySubmission(UUID submission);

    List<HouseholdRow> findByReferenceInList(Collection<String> references);

    /** Households with a person who has this National Insurance number (a JSON containment, so the GIN index serves it). */
    @Query(value = "SELECT * FROM household WHERE data @> CAST(:containing AS jsonb) ORDER BY updated_at DESC LIMIT 20",
            nativeQuery = true)
    List<HouseholdRow> findContaining(String containing);

    @Query(value = "SELECT h.* FROM household h WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(h.data -> 'people') p "
            + "WHERE lower(trim(p ->> 'name')) = lower(:name) AND p ->> 'dateOfBirth' = :dateOfBirth) "
            + "ORDER BY h.updated_at DESC LIMIT 20", nativeQuery = true)
    List<HouseholdRow> findByPersonNameAndDateOfBirth(String name, String dateOfBirth);

    /**
     * Households where someone's name contains {@code part} (any case), and, if a postcode is given,
     * whose home's postcode starts with it (spaces ignored): "LU1" or "LU1 1AA". A full scan of the
     * records, which is fine at a pilot's scale (BENCHMARKS.md).
     */
    @Query(value = "SELECT h.* FROM household h WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(h.data -> 'people') p "
            + "WHERE strpos(lower(p ->> 'name'), lower(:part)) > 0) "
            + "AND (:postcode = '' OR replace(upper(h.data -> 'housing' ->> 'postcode'), ' ', '') LIKE :postcode || '%') "
            + "ORDER BY h.updated_at DESC LIMIT 20", nativeQuery = true)
    List<HouseholdRow> findByPartOfNameAndPostcode(String part, String postcode);

    /** Locks the household's row until the transaction ends. */
    @Query(value = "SELECT id FROM household WHERE reference = :reference FOR UPDATE", nativeQuery = true)
    Optional<Long> lock(String reference);

    /** Writes a new version only if nobody else has since: returns 0 when the version is stale. */
    @Query("UPDATE household SET data = CAST(:data AS jsonb), version = version + 1, updated_at = :updatedAt "
            + "WHERE reference = :reference AND version = :version")
    long updateIfVersion(String reference, long version, String data, Instant updatedAt);
}
