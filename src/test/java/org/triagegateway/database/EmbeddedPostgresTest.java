package org.triagegateway.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The run command's data survives a restart: the embedded database keeps its data folder. */
class EmbeddedPostgresTest {

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgres first = EmbeddedPostgresResolver.start(data, 0)) {
            execute(first, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
        }

        try (EmbeddedPostgres second = EmbeddedPostgresResolver.start(data, 0);
             Connection connection = second.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
