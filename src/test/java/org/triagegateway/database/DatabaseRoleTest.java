package org.triagegateway.database;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The running service signs in as a role that is not a superuser and owns nothing, so a flaw in
 * the service cannot rewrite the audit trail: it may only add and read entries.
 */
@MicronautTest(transactional = false)
class DatabaseRoleTest {

    @Inject
    Rows rows;

    @Test
    void theServiceIsNotASuperuserAndOwnsNoTable() {
        assertThat(rows.value("SELECT current_user")).isEqualTo("triage_app");
        assertThat(rows.value(
                "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles WHERE rolname = current_user"))
                .isEqualTo("f");
        assertThat(rows.value(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")).isEqualTo("0");
    }

    @Test
    void theServiceCanNeitherChangeTheAuditTrailNorSwitchItsGuardOff() {
        assertThatThrownBy(() -> rows.execute("UPDATE audit_entry SET actor = 'nobody'")).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> rows.execute("DELETE FROM audit_entry")).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> rows.execute("TRUNCATE audit_entry")).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> rows.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only"))
                .hasStackTraceContaining("must be owner");
        assertThatThrownBy(() -> rows.execute("SET session_replication_role = replica"))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> rows.execute("CREATE TABLE smuggled (x int)")).hasStackTraceContaining("permission denied");
    }

    @Test
    void evenTheOwnerCannotChangeAnEntryWhileTheTriggerStands() {
        assertThatThrownBy(() -> rows.executeAsOwner("UPDATE audit_entry SET actor = 'nobody'"))
                .hasStackTraceContaining("append-only");
    }
}
