package org.triagegateway.audit;

import org.triagegateway.web.Secrets;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
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
 * The tamper-evident audit trail. Each entry's seal (a keyed MAC, {@link AuditSeal}) covers its
 * own fields and the seal of the entry before, so changing or deleting one breaks every link
 * after it; the newest entries are anchored outside the table by checkpoints ({@link AuditAnchor}),
 * so cutting them off shows too. {@link #verify} walks the chain and says where it breaks.
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
    private final AuditSeal seal;
    private final AuditAnchor anchor;
    private final Clock clock;

    AuditTrail(AuditEntries entries, AuditSeal seal, AuditAnchor anchor, Clock clock) {
        this.entries = entries;
        this.seal = seal;
        this.anchor = anchor;
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
        // microseconds: what PostgreSQL keeps, so the seal can be worked out again from the stored row
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String id = canonical(recordType, recordId);
        String address = address(actor.clientAddress());
        AuditEntry unsealed = new AuditEntry(null, at, actor.name(), actor.role(), action, recordType, id, address, previous,
                "", true);
        return entries.save(new AuditEntry(null, at, actor.name(), actor.role(), action, recordType, id, address, previous,
                seal.seal(canonical(unsealed)), true));
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

    /**
     * Walks the whole chain, then holds its end against the last checkpoint: the first thing that
     * does not fit, where, and how many entries were whole before it.
     */
    public Verification verify() {
        Optional<AuditAnchor.Checkpoint> checkpoint = anchor.latest();
        Optional<AuditAnchor.Checkpoint> written = anchor.lastWritten();
        if (written.isPresent() && checkpoint.map(c -> !c.sameAs(written.get())).orElse(true)) {
            return broken(0, written.get().seq(), "The anchor file " + anchor.file() + " does not end with the checkpoint "
                    + "this service wrote last (entry " + written.get().seq() + ", " + written.get().at() + "): "
                    + "checkpoints were cut from it, or it was replaced.");
        }
        String previous = GENESIS;
        boolean sealedSoFar = false;
        long checked = 0;
        long after = 0;
        long atCheckpoint = -1;
        String headAtCheckpoint = null;
        List<AuditEntry> page;
        do {
            page = entries.findAfter(after, PAGE);
            for (AuditEntry entry : page) {
                if (!entry.previousHash().equals(previous)) {
                    return broken(checked, entry.seq(), "Entry " + entry.seq() + " does not follow the entry before it: "
                            + "one or more entries before it were deleted, or it was changed.");
                }
                if (sealedSoFar && !entry.sealed()) {
                    return broken(checked, entry.seq(), "Entry " + entry.seq() + " is not sealed, although the entries "
                            + "before it are: it was written or rewritten outside the service.");
                }
                if (!(entry.sealed() ? seal.seals(canonical(entry), entry.hash())
                        : entry.hash().equals(Secrets.sha256(canonical(entry))))) {
                    return broken(checked, entry.seq(), "Entry " + entry.seq() + " was changed: its seal does not match "
                            + "what it says.");
                }
                sealedSoFar = entry.sealed();
                previous = entry.hash();
                after = entry.seq();
                checked++;
                if (checkpoint.isPresent() && entry.seq() == checkpoint.get().seq()) {
                    atCheckpoint = checked;
                    headAtCheckpoint = entry.hash();
                }
            }
        } while (page.size() == PAGE);
        if (checkpoint.isEmpty()) {
            return new Verification(checked, Optional.empty(), Optional.empty());
        }
        return againstCheckpoint(checkpoint.get(), checked, after, atCheckpoint, headAtCheckpoint);
    }

    private static Verification againstCheckpoint(AuditAnchor.Checkpoint checkpoint, long checked, long lastSeq,
                                                  long entriesAtCheckpoint, @Nullable String headAtCheckpoint) {
        String when = "the checkpoint of " + checkpoint.at();
        if (!checkpoint.genuine()) {
            return broken(checked, null, "The last checkpoint in the anchor file is not sealed with the audit key: "
                    + "the file was changed.");
        }
        if (headAtCheckpoint == null && lastSeq < checkpoint.seq()) {
            return broken(checked, lastSeq + 1, "The trail ends at entry " + lastSeq + ", but " + when + " recorded entry "
                    + checkpoint.seq() + ": the entries after " + lastSeq + " were deleted.");
        }
        if (headAtCheckpoint == null || !headAtCheckpoint.equals(checkpoint.head())) {
            return broken(checked, checkpoint.seq(), "Entry " + checkpoint.seq() + " is not the one " + when
                    + " recorded: the trail was rewritten up to it.");
        }
        if (entriesAtCheckpoint != checkpoint.entries()) {
            return broken(checked, checkpoint.seq(), when.substring(0, 1).toUpperCase(Locale.ROOT) + when.substring(1)
                    + " counted " + checkpoint.entries() + " entries up to entry " + checkpoint.seq() + ", the trail now holds "
                    + entriesAtCheckpoint + ": entries were deleted or added behind the service's back.");
        }
        return new Verification(checked, Optional.empty(), Optional.empty());
    }

    private static Verification broken(long checked, @Nullable Long where, String finding) {
        return new Verification(checked, Optional.ofNullable(where), Optional.of(finding));
    }

    /** Who did something, in which role, from where. */
    public record Actor(String name, String role, @Nullable String clientAddress) {

        /** Whoever signed in (staff or an agency's system), with every role they hold; or "anonymous". */
        static Actor of(Optional<Authentication> who, @Nullable String clientAddress) {
            return new Actor(who.map(Authentication::getName).orElse("anonymous"),
                    who.map(a -> String.join(",", a.getRoles())).orElse(""), clientAddress);
        }
    }

    /** How many entries were whole, and if something does not fit: the entry where, and what. */
    public record Verification(long checked, Optional<Long> firstBroken, Optional<String> finding) {

        public boolean intact() {
            return finding.isEmpty();
        }
    }

    /** The fields, each with its length, so that no two different entries read the same. */
    static String canonical(AuditEntry entry) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[]{entry.previousHash(), entry.at().toString(), entry.actor(), entry.role(),
                entry.action(), entry.recordType(), entry.recordId(), entry.clientAddress()}) {
            String value = field == null ? "" : field;
            canonical.append(field == null ? -1 : value.length()).append(':').append(value).append('|');
        }
        return canonical.toString();
    }
}
