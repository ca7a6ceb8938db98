package org.triagegateway.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triagegateway.Api;
import org.triagegateway.Rows;
import org.triagegateway.web.Secrets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail is written for staff reads and changes, cannot be changed in place, and shows
 * where if it was: changed and resealed without the key, deleted in the middle, or cut off the end.
 */
@MicronautTest(transactional = false)
class AuditTrailTest {

    private static final String HOUSEHOLD = """
            {"people": [{"id": "c", "role": "CLAIMANT", "dateOfBirth": "1990-01-01"}]}""";

    private static final AuditTrail.Actor SOMEONE = new AuditTrail.Actor("someone", "ADVISER", "127.0.0.1");

    @Inject
    AuditTrail trail;
    @Inject
    AuditAnchor anchor;
    @Inject
    AuditEntries entries;
    @Inject
    Api api;
    @Inject
    Rows rows;

    @Test
    void aStaffReadAndChangeOfAHouseholdAreEachWrittenWithWhoAndFromWhere() {
        String reference = api.post("/api/v1/households", HOUSEHOLD).json().path("reference").asText();
        api.get("/api/v1/households/" + reference);
        api.post("/api/v1/households/" + reference + "/assessments", "");

        List<AuditEntry> entries = trail.forRecord("household", reference, 10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("assess", "read", "create");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("test-adviser");
            assertThat(e.role()).isEqualTo("ADVISER");
            assertThat(e.clientAddress()).isNotBlank();
        });
    }

    @Test
    void aRefusedOrFailedReadWritesNothing() {
        // not a reference (no 0 in the alphabet): 400, not a look at anyone's household (other tests use ABC-DEF-GHJ)
        assertThat(api.get("/api/v1/households/ABC-DEF-GH0").status()).isEqualTo(400);

        assertThat(trail.forRecord("household", "ABC-DEF-GH0", 10)).isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        trail.record(new AuditTrail.Actor("someone", "ADVISER", "127.0.0.1"), "read", "household", "K7M-P3Q-XRT");

        assertThatThrownBy(() -> rows.executeAsOwner("DELETE FROM audit_entry")).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> rows.executeAsOwner("UPDATE audit_entry SET actor = 'nobody'")).hasStackTraceContaining("append-only");
    }

    @Test
    void anEntryChangedAndTheLaterHashesRecomputedIsFoundWhereItWasChanged() {
        AuditEntry first = trail.record(SOMEONE, "read", "household", "AAA-AAA-AAA");
        AuditEntry target = trail.record(SOMEONE, "read", "household", "BBB-BBB-BBB");
        AuditEntry last = trail.record(SOMEONE, "read", "household", "CCC-CCC-CCC");
        assertThat(trail.verify().intact()).isTrue();

        try {
            // the best anyone without the key can do: recompute every later link as a plain SHA-256
            AuditEntry changed = withLink(target, target.previousHash(), "ZZZZZZZZZ");
            AuditEntry relinked = withLink(last, changed.hash(), last.recordId());
            tamper("UPDATE audit_entry SET record_id = 'ZZZZZZZZZ', hash = '" + changed.hash() + "' WHERE seq = " + target.seq()
                    + "; UPDATE audit_entry SET previous_hash = '" + changed.hash() + "', hash = '" + relinked.hash()
                    + "' WHERE seq = " + last.seq());

            AuditTrail.Verification verification = trail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBroken()).contains(target.seq());
            assertThat(verification.finding()).hasValueSatisfying(f -> assertThat(f).contains("was changed"));
        } finally {
            restore(target, last);
        }
        assertThat(trail.verify().intact()).isTrue();
        assertThat(first.sealed()).isTrue();
    }

    @Test
    void anEntryDeletedFromTheMiddleIsFoundAtTheEntryAfterIt() {
        trail.record(SOMEONE, "read", "household", "AAA-AAA-AAA");
        AuditEntry deleted = trail.record(SOMEONE, "read", "household", "BBB-BBB-BBB");
        AuditEntry after = trail.record(SOMEONE, "read", "household", "CCC-CCC-CCC");

        try {
            tamper("DELETE FROM audit_entry WHERE seq = " + deleted.seq());

            AuditTrail.Verification verification = trail.verify();
            assertThat(verification.firstBroken()).contains(after.seq());
            assertThat(verification.finding()).hasValueSatisfying(f -> assertThat(f).contains("does not follow"));
        } finally {
            reinsert(deleted);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theNewestEntriesCutOffTheEndAreFoundByTheLastCheckpoint() {
        AuditEntry kept = trail.record(SOMEONE, "read", "household", "AAA-AAA-AAA");
        AuditEntry cut = trail.record(SOMEONE, "read", "household", "BBB-BBB-BBB");
        AuditEntry newest = trail.record(SOMEONE, "read", "household", "CCC-CCC-CCC");
        assertThat(anchor.checkpoint()).hasValueSatisfying(c -> assertThat(c.seq()).isEqualTo(newest.seq()));

        try {
            tamper("DELETE FROM audit_entry WHERE seq >= " + cut.seq());

            AuditTrail.Verification verification = trail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBroken()).contains(kept.seq() + 1);
            assertThat(verification.finding()).hasValueSatisfying(f -> assertThat(f)
                    .contains("ends at entry " + kept.seq()).contains("recorded entry " + newest.seq()));
        } finally {
            reinsert(cut);
            reinsert(newest);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aTrailAlreadySealedIsNeverGivenANewKeyWhenItsKeyIsMissing(@TempDir Path folder) {
        trail.record(SOMEONE, "read", "household", "AAA-AAA-AAA");
        Path key = folder.resolve("audit.key");

        assertThatThrownBy(() -> new AuditSeal(null, key.toString(), folder.resolve("postgres").toString(), entries))
                .hasMessageContaining("sealed with a key that is not in " + key);
        assertThat(key).doesNotExist();
    }

    @Test
    void anAnchorFileCutBackOrRemovedIsFoundByTheService() throws Exception {
        trail.record(SOMEONE, "read", "household", "AAA-AAA-AAA");
        assertThat(anchor.checkpoint()).isPresent();
        byte[] kept = Files.readAllBytes(anchor.file());

        try {
            Files.delete(anchor.file());

            AuditTrail.Verification verification = trail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.finding()).hasValueSatisfying(f -> assertThat(f).contains("does not end with the checkpoint"));
        } finally {
            Files.write(anchor.file(), kept);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aCheckpointCutShortByACrashDoesNotSpoilTheNextOne() throws Exception {
        trail.record(SOMEONE, "read", "household", "AAA-AAA-AAA");
        anchor.checkpoint();
        Files.writeString(anchor.file(), "checkpoint at=2026-12-07T12:00:00Z seq=", StandardOpenOption.APPEND);

        trail.record(SOMEONE, "read", "household", "BBB-BBB-BBB");
        anchor.checkpoint();

        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aNewSealIsAKeyedMacNotAHashAnyoneCanWorkOut() {
        AuditEntry entry = trail.record(SOMEONE, "read", "household", "AAA-AAA-AAA");

        assertThat(entry.sealed()).isTrue();
        assertThat(entry.hash()).isNotEqualTo(Secrets.sha256(AuditTrail.canonical(entry)));
    }

    private static AuditEntry withLink(AuditEntry entry, String previous, String recordId) {
        AuditEntry moved = new AuditEntry(entry.seq(), entry.at(), entry.actor(), entry.role(), entry.action(),
                entry.recordType(), recordId, entry.clientAddress(), previous, "", entry.sealed());
        return new AuditEntry(entry.seq(), entry.at(), entry.actor(), entry.role(), entry.action(), entry.recordType(),
                recordId, entry.clientAddress(), previous, Secrets.sha256(AuditTrail.canonical(moved)), entry.sealed());
    }

    private void restore(AuditEntry... originals) {
        for (AuditEntry original : originals) {
            tamper("UPDATE audit_entry SET record_id = '" + original.recordId() + "', previous_hash = '"
                    + original.previousHash() + "', hash = '" + original.hash() + "' WHERE seq = " + original.seq());
        }
    }

    private void reinsert(AuditEntry entry) {
        rows.executeAsOwner("INSERT INTO audit_entry (seq, at, actor, role, action, record_type, record_id, client_address, "
                + "previous_hash, hash, sealed) VALUES (" + entry.seq() + ", '" + entry.at() + "', '" + entry.actor() + "', '"
                + entry.role() + "', '" + entry.action() + "', '" + entry.recordType() + "', '" + entry.recordId() + "', '"
                + entry.clientAddress() + "', '" + entry.previousHash() + "', '" + entry.hash() + "', " + entry.sealed() + ")");
    }

    /** As someone with the database owner's rights could: the trigger off, the change, the trigger back on. */
    private void tamper(String sql) {
        rows.executeAsOwner("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only; " + sql
                + "; ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
    }
}
