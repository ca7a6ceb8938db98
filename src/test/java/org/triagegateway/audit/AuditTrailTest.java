package org.triagegateway.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.Rows;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail is written for staff reads and changes, cannot be changed in place, and shows it if it was. */
@MicronautTest(transactional = false)
class AuditTrailTest {

    private static final String HOUSEHOLD = """
            {"people": [{"id": "c", "role": "CLAIMANT", "dateOfBirth": "1990-01-01"}]}""";

    @Inject
    AuditTrail trail;
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
        api.get("/api/v1/households/ABC-DEF-GHJ");

        assertThat(trail.forRecord("household", "ABC-DEF-GHJ", 10)).isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        trail.record(new AuditTrail.Actor("someone", "ADVISER", "127.0.0.1"), "read", "household", "K7M-P3Q-XRT");

        assertThatThrownBy(() -> rows.executeAsOwner("DELETE FROM audit_entry")).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> rows.executeAsOwner("UPDATE audit_entry SET actor = 'nobody'")).hasStackTraceContaining("append-only");
    }

    @Test
    void anEntryChangedBehindTheTriggersBackBreaksTheChainThere() {
        AuditTrail.Actor someone = new AuditTrail.Actor("someone", "ADVISER", "127.0.0.1");
        trail.record(someone, "read", "household", "AAA-AAA-AAA");
        AuditEntry target = trail.record(someone, "read", "household", "BBB-BBB-BBB");
        trail.record(someone, "read", "household", "CCC-CCC-CCC");
        assertThat(trail.verify().intact()).isTrue();

        try {
            tamper("UPDATE audit_entry SET record_id = 'ZZZ-ZZZ-ZZZ' WHERE seq = " + target.seq());

            AuditTrail.Verification verification = trail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBroken()).contains(target.seq());
        } finally {
            tamper("UPDATE audit_entry SET record_id = '" + target.recordId() + "' WHERE seq = " + target.seq());
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    /** As someone with the database owner's rights could: the trigger off, the change, the trigger back on. */
    private void tamper(String sql) {
        rows.executeAsOwner("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only; " + sql
                + "; ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
    }
}
