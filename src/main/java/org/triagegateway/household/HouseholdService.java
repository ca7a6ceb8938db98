package org.triagegateway.household;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way every channel reads and writes a household record. Each write is a new version,
 * kept in the history, and an update only succeeds against the version it was based on.
 */
@Singleton
public class HouseholdService {

    private static final int REFERENCE_ATTEMPTS = 5;

    private final Households households;
    private final HouseholdVersions versions;
    private final ObjectMapper json;
    private final Clock clock;
    private final HomeLocation homeLocation;

    HouseholdService(Households households, HouseholdVersions versions, ObjectMapper json, Clock clock,
                     HomeLocation homeLocation) {
        this.homeLocation = homeLocation;
        this.households = households;
        this.versions = versions;
        this.json = json;
        this.clock = clock;
    }

    /** A new household, made by someone not recorded: for data loaded by tests or scripts. */
    @Transactional
    public StoredHousehold create(Household household) {
        return create(household, null);
    }

    /** @param by who made it, in words shown to staff: "Amina Khan", "The kiosk" */
    @Transactional
    public StoredHousehold create(Household household, @Nullable String by) {
        return create(household, by, null);
    }

    /** The household a submission of the new-household form made, if it made one. */
    @ReadOnly
    public Optional<StoredHousehold> madeBy(UUID submission) {
        return households.findBySubmission(submission).map(this::stored);
    }

    /**
     * The same, once for each submission of the new-household form: sent twice, the second finds the
     * household the first made (the column is unique, so two at the same instant cannot both make one).
     */
    @Transactional
    public StoredHousehold create(Household household, @Nullable String by, @Nullable UUID submission) {
        if (submission != null) {
            Optional<HouseholdRow> made = households.findBySubmission(submission);
            if (made.isPresent()) {
                return stored(made.get());
            }
        }
        Instant now = now();
        String data = write(homeLocation.settled(null, household));
        HouseholdRow row = households.save(new HouseholdRow(null, freshReference().value(), 1, data, now, now, submission));
        versions.save(new HouseholdVersionRow(null, row.id(), row.version(), data, now, by));
        return stored(row);
    }

    @ReadOnly
    public StoredHousehold get(HouseholdReference reference) {
        return households.findByReference(reference.value()).map(this::stored)
                .orElseThrow(() -> new HouseholdNotFoundException(reference));
    }

    /**
     * Holds the household until the caller's transaction ends, so that two changes to what may be
     * done with it (a share, and consent withdrawn) happen one after the other, never interleaved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(HouseholdReference reference) {
        households.lock(reference.value()).orElseThrow(() -> new HouseholdNotFoundException(reference));
    }

    /** The household as it was at an earlier version, from the kept history. */
    @ReadOnly
    public Optional<Household> atVersion(HouseholdReference reference, long version) {
        return households.findByReference(reference.value())
                .flatMap(row -> versions.findByHouseholdIdAndVersion(row.id(), version))
                .map(row -> read(row.data()));
    }

    /** A change by someone not recorded: for data loaded by tests or scripts. */
    @Transactional
    public StoredHousehold update(HouseholdReference reference, long basedOn, Household household) {
        return update(reference, basedOn, household, null);
    }

    /**
     * The household at a new version, if it is still at {@code basedOn}.
     *
     * @param by who made the change, in words shown to staff
     * @throws HouseholdChangedException if someone saved since, and nothing is written
     */
    @Transactional
    public StoredHousehold update(HouseholdReference reference, long basedOn, Household household, @Nullable String by) {
        return updateIfStill(reference, basedOn, household, by).orElseThrow(() -> new HouseholdChangedException(reference, basedOn,
                households.findByReference(reference.value()).orElseThrow(() -> new HouseholdNotFoundException(reference)).version()));
    }

    /**
     * The same, or empty if someone saved since: without an exception, so that a caller's transaction
     * is not spoiled and it can try again onto the newer version (staff.HouseholdEdit).
     */
    @Transactional
    public Optional<StoredHousehold> updateIfStill(HouseholdReference reference, long basedOn, Household household, @Nullable String by) {
        Household before = households.findByReference(reference.value())
                .flatMap(row -> versions.findByHouseholdIdAndVersion(row.id(), basedOn)).map(row -> read(row.data())).orElse(null);
        String data = write(homeLocation.settled(before, household));
        Instant now = now();
        if (households.updateIfVersion(reference.value(), basedOn, data, now) == 0) {
            households.findByReference(reference.value()).orElseThrow(() -> new HouseholdNotFoundException(reference));
            return Optional.empty();
        }
        HouseholdRow row = households.findByReference(reference.value()).orElseThrow();
        versions.save(new HouseholdVersionRow(null, row.id(), row.version(), data, now, by));
        return Optional.of(stored(row));
    }

    /** One kept version: the household as it was, when and by whom (null if not recorded). */
    public record Version(long version, Household household, Instant recordedAt, @Nullable String recordedBy) {

        /** Who made it, in words: versions from before this was recorded say so. */
        public String who() {
            return recordedBy == null ? "Someone (not recorded)" : recordedBy;
        }
    }

    /** The versions from {@code from} to the latest, oldest first. */
    @ReadOnly
    public List<Version> since(HouseholdReference reference, long from) {
        HouseholdRow row = households.findByReference(reference.value()).orElseThrow(() -> new HouseholdNotFoundException(reference));
        return versions.findByHouseholdIdAndVersionGreaterThanEqualsOrderByVersion(row.id(), from).stream()
                .map(v -> new Version(v.version(), read(v.data()), v.recordedAt(), v.recordedBy())).toList();
    }

    @ReadOnly
    public List<HouseholdSummary> list(Collection<HouseholdReference> references) {
        return households.findByReferenceInList(references.stream().map(HouseholdReference::value).toList()).stream()
                .map(this::summary).toList();
    }

    /** The households (at most 20, latest first) with a person of this National Insurance number, already checked. */
    @ReadOnly
    public List<HouseholdSummary> findByNationalInsuranceNumber(String number) {
        ObjectNode person = json.createObjectNode().put("nationalInsuranceNumber", number);
        ObjectNode containing = json.createObjectNode();
        containing.putArray("people").add(person);
        return households.findContaining(containing.toString()).stream().map(this::summary).toList();
    }

    /**
     * The households (at most 20, latest first) with a person whose name contains this, in any case.
     *
     * @param part some of a name: three letters or more
     * @param postcode all or the start of the home's postcode, or empty for anywhere
     */
    @ReadOnly
    public List<HouseholdSummary> findByPartOfName(String part, String postcode) {
        return households.findByPartOfNameAndPostcode(part.strip(), postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT))
                .stream().map(this::summary).toList();
    }

    /** The households (at most 20, latest first) with a person of exactly this name (any case) and date of birth. */
    @ReadOnly
    public List<HouseholdSummary> findByNameAndDateOfBirth(String name, LocalDate dateOfBirth) {
        return households.findByPersonNameAndDateOfBirth(name.strip(), dateOfBirth.toString()).stream()
                .map(this::summary).toList();
    }

    private HouseholdReference freshReference() {
        for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
            HouseholdReference reference = HouseholdReference.generate();
            if (households.findByReference(reference.value()).isEmpty()) {
                return reference;
            }
        }
        throw new IllegalStateException("Could not find an unused household reference");
    }

    private StoredHousehold stored(HouseholdRow row) {
        return new StoredHousehold(new HouseholdReference(row.reference()).display(), row.version(), read(row.data()),
                row.createdAt(), row.updatedAt());
    }

    private HouseholdSummary summary(HouseholdRow row) {
        return new HouseholdSummary(new HouseholdReference(row.reference()).display(), row.version(),
                read(row.data()).people().size(), row.createdAt(), row.updatedAt());
    }

    private String write(Household household) {
        try {
            return json.writeValueAsString(household);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Household read(String data) {
        try {
            return json.readValue(data, Household.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PostgreSQL keeps microseconds: truncate so what we return equals what we stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
