package org.triagegateway.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triagegateway.Api;
import org.triagegateway.StaffLogin;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.security.Role;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A backup restored into a fresh data folder brings back the same households and the same, whole audit chain. */
@MicronautTest(transactional = false)
class BackupRestoreTest {

    private static final String HOUSEHOLD = """
            {"people": [{"id": "c", "role": "CLAIMANT", "dateOfBirth": "1990-01-01", "name": "Łucja Wąsowska"}]}""";
    private static final String EVERY_HOUSEHOLD = "SELECT reference || ' ' || version || ' ' || data::text FROM household ORDER BY reference";
    private static final String EVERY_AUDIT_ENTRY = "SELECT seq || ' ' || hash || ' ' || sealed FROM audit_entry ORDER BY seq";

    @Inject
    Api api;

    @Test
    void aBackupRestoredIntoAFreshFolderHasTheSameHouseholdsAndAWholeAuditChain(@TempDir Path folder) throws Exception {
        String reference = api.post("/api/v1/households", HOUSEHOLD).json().path("reference").asText();
        api.get("/api/v1/households/" + reference);
        DataSource live = EmbeddedPostgresResolver.running().orElseThrow().owner();

        Path backup = folder.resolve("backup.zip");
        Backup.dump(live, backup);

        try (EmbeddedDatabase restored = Backup.restore(backup, folder.resolve("restored"))) {
            assertThat(rows(restored.owner(), EVERY_HOUSEHOLD)).isEqualTo(rows(live, EVERY_HOUSEHOLD)).isNotEmpty();
            assertThat(rows(restored.owner(), EVERY_AUDIT_ENTRY)).isEqualTo(rows(live, EVERY_AUDIT_ENTRY)).isNotEmpty();

            try (EmbeddedServer service = ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "datasources.default.url", restored.jdbcUrl(),
                    "datasources.default.username", restored.applicationUsername(),
                    "datasources.default.password", restored.applicationPassword(),
                    "triage.database.owner-username", restored.ownerUsername(),
                    "triage.database.owner-password", restored.ownerPassword()), "test")) {
                assertThat(service.getApplicationContext().getBean(AuditTrail.class).verify().intact()).isTrue();
                Api restoredApi = new Api(service, service.getApplicationContext().getBean(StaffLogin.class));
                Api.Response read = restoredApi.get("/api/v1/households/" + reference);
                assertThat(read.status()).isEqualTo(200);
                assertThat(read.body()).contains("Łucja Wąsowska");
                // the sequences carry on: a new household and a new audit entry are written after the restored ones
                assertThat(restoredApi.post("/api/v1/households", HOUSEHOLD).status()).isEqualTo(201);
                assertThat(service.getApplicationContext().getBean(AuditTrail.class).verify().intact()).isTrue();
            }
        }
    }

    private static List<String> rows(DataSource dataSource, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
