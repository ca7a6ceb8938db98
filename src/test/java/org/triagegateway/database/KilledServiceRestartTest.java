package org.triagegateway.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service killed with kill -9 leaves its PostgreSQL running on the data folder. The next start
 * must work the first time: the orphan is stopped cleanly, never a second server on one folder,
 * and every commit it confirmed is there.
 */
class KilledServiceRestartTest {

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void theFirstStartAfterAKillMinusNineWorksAndKeepsWhatWasConfirmed(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        Process service = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), ServiceThatWrites.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals(ServiceThatWrites.CONFIRMED));
            assertThat(line).as("the child service confirmed its write").isEqualTo(ServiceThatWrites.CONFIRMED);
        }

        assertThatThrownBy(() -> EmbeddedDatabase.start(data, 0)).as("a second start while the first service lives")
                .hasMessageContaining("Another service is using the data folder");
        assertThat(OrphanedServer.find(data)).as("the live service's database was left running").isPresent();

        service.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL is left behind
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Optional<ProcessHandle> orphan = OrphanedServer.find(data);
        assertThat(orphan).as("the killed service's PostgreSQL still runs on the folder").isPresent();

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(data, 0)) {
            assertThat(orphan.get().isAlive()).as("the orphan was stopped").isFalse();
            assertThat(EmbeddedPostgresTest.query(restarted.owner(), "SELECT count(*) FROM confirmed")).isEqualTo("1000");
        }
    }

    /** Run in a child JVM: starts the embedded database, commits 1,000 rows one by one, says so, and waits to be killed. */
    public static final class ServiceThatWrites {

        static final String CONFIRMED = "confirmed";

        public static void main(String[] args) throws Exception {
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0);
            EmbeddedPostgresTest.execute(database.owner(), "CREATE TABLE confirmed (n int)");
            try (var connection = database.owner().getConnection();
                 var insert = connection.prepareStatement("INSERT INTO confirmed VALUES (?)")) {
                for (int n = 0; n < 1000; n++) {
                    insert.setInt(1, n);
                    insert.executeUpdate();
                }
            }
            System.out.println(CONFIRMED);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
