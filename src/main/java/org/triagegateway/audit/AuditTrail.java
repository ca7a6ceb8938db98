package org.triagegateway.audit;

import org.triagegateway.web.Secrets;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The tamper-evident audit trail. Each entry's hash covers its own fields and the hash of the
 * entry before, so changing or deleting one breaks every hash after it; {@link #verify} walks the
 * chain and names the first entry that does not fit.
 */
@Singleton
public class AuditTrail {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 1000;
    /** Record types whose id is a household reference. */
    private static final Set<String> BY_HOUSEHOLD_REFERENCE = Set.of("household", "assessment");
    /** The width of the record_id and client_address columns. */
    private static final int ID_LENGTH = 64;

    private final AuditEntries entries;
    private final Clock clock;

    AuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Writes an entry in the caller's transaction, or its own: an action that is rolled back leaves
     * no entry, and (with {@link Audited}) one that happens is never without one.
     */
    @Transactional
    public AuditEntry record(Actor actor, String action, String recordType, @Nullable String recordId) {
        entries.lockChain();
        String previous = entries.findFirstOrderBySeqDesc().map(AuditEntry::hash).orElse(GENESIS);
        // microseconds: what PostgreSQL keeps, so the hash can be worked out again from the stored row
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String id = canonical(recordType, recordId);
        String address = address(actor.clientAddress());
        AuditEntry unhashed = new AuditEntry(null, at, actor.name(), actor.role(), action, recordType, id, address, previous, "");
        return entries.save(new AuditEntry(null, at, actor.name(), actor.role(), action, recordType, id, address, previous,
                hash(unhashed)));
    }

    /**
     * A record's id as the trail keeps it, however it was typed: a household reference in capitals
     * without dashes, so that "k7mp3qxrt" and "K7M-P3Q-XRT" are one record when someone reviews its
     * trail; any id no longer than the column.
     */
    @Nullable
    static String canonical(String recordType, @Nullable String recordId) {
        if (recordId == null) {
            return null;
        }
        String id = BY_HOUSEHOLD_REFERENCE.contains(recordType)
                ? recordId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "") : recordId;
        return id.length() > ID_LENGTH ? id.substring(0, ID_LENGTH) : id;
    }

    /** An address as an address: what a forged header could add is cut off, never a failed write. */
    @Nullable
    private static String address(@Nullable String clientAddress) {
        if (clientAddress == null) {
            return null;
        }
        String address = clientAddress.replaceAll("[^0-9A-Fa-f:.\\[\\]%]", "");
        return address.length() > ID_LENGTH ? address.substring(0, ID_LENGTH) : address;
    }

    public List<AuditEntry> latest(int size) {
        return entries.findLatest(size);
    }

    public List<AuditEntry> forRecord(String recordType, String recordId, int size) {
        return entries.findForRecord(recordType, canonical(recordType, recordId), size);
    }

    /** The first entry that breaks the chain, if any, and how many entries were checked. */
    public Verification verify() {
        String previous = GENESIS;
        long checked = 0;
        long after = 0;
        List<AuditEntry> page;
        do {
            page = entries.findAfter(after, PAGE);
            for (AuditEntry entry : page) {
                if (!entry.previousHash().equals(previous) || !entry.hash().equals(hash(entry))) {
                    return new Verification(checked, Optional.of(entry.seq()));
                }
                previous = entry.hash();
                after = entry.seq();
                checked++;
            }
        } while (page.size() == PAGE);
        return new Verification(checked, Optional.empty());
    }

    /** Who did something, in which role, from where. */
    public record Actor(String name, String role, @Nullable String clientAddress) {
    }

    public record Verification(long checked, Optional<Long> firstBroken) {

        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    /** SHA-256 over the fields, each with its length, so that no two different entries read the same. */
    static String hash(AuditEntry entry) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[]{entry.previousHash(), entry.at().toString(), entry.actor(), entry.role(),
                entry.action(), entry.recordType(), entry.recordId(), entry.clientAddress()}) {
            String value = field == null ? "" : field;
            canonical.append(field == null ? -1 : value.length()).append(':').append(value).append('|');
        }
        return Secrets.sha256(canonical.toString());
    }
}
