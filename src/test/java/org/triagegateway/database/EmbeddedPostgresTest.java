package org.triagegateway.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The run command's database: its data survives a restart, what it confirmed survives a crash
 * (fsync and synchronous commit on), and nothing on the machine signs in to it without a password.
 */
class EmbeddedPostgresTest {

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data, 0)) {
            execute(first.owner(), "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(data, 0)) {
            assertThat(query(second.owner(), "SELECT note FROM kept")).isEqualTo("still here");
        }
    }

    @Test
    void theRunCommandsDatabaseWritesEveryConfirmedCommitToDisk(@TempDir Path folder) throws Exception {
        try (EmbeddedDatabase durable = EmbeddedDatabase.start(folder.resolve("postgres"), 0)) {
            assertThat(query(durable.application(), "SHOW fsync")).isEqualTo("on");
            assertThat(query(durable.application(), "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(query(durable.application(), "SHOW full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void theTestsThrowAwayDatabaseAloneSkipsTheDiskForSpeed() throws Exception {
        try (EmbeddedDatabase ephemeral = EmbeddedDatabase.start(null, 0)) {
            assertThat(query(ephemeral.owner(), "SHOW fsync")).isEqualTo("off");
        }
    }

    @Test
    void nobodySignsInWithoutThePasswordKeptInTheDataFolderForItsOwnerAlone(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0)) {
            String url = database.jdbcUrl();
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "a guess")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "triage_app", "")).isInstanceOf(SQLException.class);
            assertThat(query(database.application(), "SELECT current_user")).isEqualTo("triage_app");
            assertThat(query(database.owner(), "SHOW unix_socket_directories")).isEmpty();
            assertThat(query(database.owner(), "SHOW listen_addresses")).isEqualTo("localhost");

            Path credentials = data.resolve(DatabaseCredentials.FILE_NAME);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
            assertThat(Files.readString(credentials)).contains(database.ownerPassword());
        }
    }

    @Test
    void aFolderMadeBeforePasswordsIsGivenThemOnItsNextStart(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data, 0)) {
            execute(first.owner(), "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('from before')");
        }
        // as the service left a folder before this change: "trust" for everyone, no passwords kept
        Files.delete(data.resolve(DatabaseCredentials.FILE_NAME));
        Files.writeString(data.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");

        try (EmbeddedDatabase second = EmbeddedDatabase.start(data, 0)) {
            assertThat(query(second.owner(), "SELECT note FROM kept")).isEqualTo("from before");
            assertThatThrownBy(() -> DriverManager.getConnection(second.jdbcUrl(), "postgres", ""))
                    .isInstanceOf(SQLException.class);
            assertThat(Files.exists(data.resolve(DatabaseCredentials.FILE_NAME))).isTrue();
        }
    }

    @Test
    void aFolderWhoseFirstStartWasCutShortIsSetAsideAndMadeAgain(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        EmbeddedDatabase.start(data, 0).close();
        // as a kill between initdb (which asked for passwords) and keeping them would leave it
        Files.delete(data.resolve(DatabaseCredentials.FILE_NAME));

        try (EmbeddedDatabase again = EmbeddedDatabase.start(data, 0)) {
            assertThat(query(again.application(), "SELECT current_user")).isEqualTo("triage_app");
        }
        try (var siblings = Files.list(folder)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("postgres.unfinished-"));
        }
    }

    static String query(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
