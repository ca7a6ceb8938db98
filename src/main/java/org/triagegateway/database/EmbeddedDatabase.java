package org.triagegateway.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.micronaut.core.annotation.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * The embedded PostgreSQL of the run command, set up as a database that keeps what it confirmed
 * and lets nobody else in:
 * <ul>
 *   <li>durable: fsync, synchronous commit and full-page writes on (zonky's defaults, made for
 *       throw-away test databases, turn the first two off; the tests' ephemeral database keeps them
 *       off for speed, and only it);</li>
 *   <li>reachable over loopback TCP alone, no Unix socket, with a password (SCRAM) for every role;</li>
 *   <li>the service works as {@value DatabaseCredentials#APPLICATION}, which is not a superuser and
 *       owns no table; migrations run as the owner ({@link MigrationOwner}).</li>
 * </ul>
 * A server left running on the folder by a killed service is stopped first ({@link OrphanedServer}).
 */
public final class EmbeddedDatabase implements Closeable {

    static final String DATABASE = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** Crash recovery after a kill can replay a lot of log: give it longer than zonky's 10 s. */
    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final EmbeddedPostgres server;
    private final DatabaseCredentials credentials;

    private EmbeddedDatabase(EmbeddedPostgres server, DatabaseCredentials credentials) {
        this.server = server;
        this.credentials = credentials;
    }

    /** Starts PostgreSQL on {@code directory}, kept between runs and durable, or on a throw-away one when it is null. */
    public static EmbeddedDatabase start(@Nullable Path folder, int port) {
        boolean ephemeral = folder == null;
        // absolute: the server's command line names it, and OrphanedServer recognises a server by it
        Path directory = ephemeral ? null : folder.toAbsolutePath().normalize();
        try {
            if (!ephemeral) {
                Files.createDirectories(directory);
                OrphanedServer.stopIfRunning(directory);
            }
            boolean secured = !ephemeral && Files.exists(directory.resolve(DatabaseCredentials.FILE_NAME));
            if (!ephemeral && !secured && HostBasedAccess.unfinishedFirstStart(directory)) {
                // killed between initdb and keeping its passwords: no data was ever written, and without
                // the passwords nobody can sign in; it is set aside (never deleted) and made again
                Path aside = directory.resolveSibling(directory.getFileName() + ".unfinished-" + System.currentTimeMillis());
                LOG.warn("{} was being set up when the service stopped: moved to {} and set up again.", directory, aside);
                Files.move(directory, aside);
                Files.createDirectories(directory);
            }
            boolean fresh = ephemeral || !Files.exists(directory.resolve("postgresql.conf"));
            DatabaseCredentials credentials = ephemeral ? DatabaseCredentials.generate()
                    : DatabaseCredentials.read(directory).orElseGet(DatabaseCredentials::generate);

            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setCleanDataDirectory(ephemeral)
                    .setPGStartupWait(STARTUP)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", credentials.ownerPassword());
            durability(builder, !ephemeral);
            if (port > 0) {
                builder.setPort(port);
            }
            if (!ephemeral) {
                builder.setDataDirectory(directory);
            }
            Path passwordFile = null;
            if (fresh) {
                // initdb sets the owner's password and password sign-in from the start: never a moment of "trust"
                passwordFile = credentials.ownerPasswordFile();
                builder.setLocaleConfig("pwfile", passwordFile.toString())
                        .setLocaleConfig("auth", "scram-sha-256");
            }
            builder.setDataDirectoryCustomizer(dataFolder -> {
                if (fresh || secured) {
                    credentials.write(dataFolder.toPath());
                    HostBasedAccess.passwordsOnly(dataFolder.toPath());
                }
            });
            EmbeddedPostgres server;
            try {
                server = builder.start();
            } finally {
                if (passwordFile != null) {
                    Files.deleteIfExists(passwordFile);
                }
            }
            EmbeddedDatabase database = new EmbeddedDatabase(server, credentials);
            if (!fresh && !secured) {
                database.secureAFolderMadeBeforePasswords(directory);
            }
            database.ensureApplicationRole();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * fsync and synchronous commit: zonky passes -F (fsync off) and synchronous_commit=off; a later
     * -c wins over both. The tests' throw-away database keeps them off: nothing in it must outlive a crash.
     */
    private static void durability(EmbeddedPostgres.Builder builder, boolean durable) {
        String on = durable ? "on" : "off";
        builder.setServerConfig("fsync", on)
                .setServerConfig("synchronous_commit", on)
                .setServerConfig("full_page_writes", on);
    }

    /**
     * A data folder from before passwords was initialised with "trust" for every local connection:
     * give it passwords, then require them. (Until the reload, a second or two on this one start,
     * it is as open as it always was.)
     */
    private void secureAFolderMadeBeforePasswords(Path directory) {
        setPassword(DatabaseCredentials.OWNER, credentials.ownerPassword());
        credentials.write(directory);
        HostBasedAccess.passwordsOnly(directory);
        execute("SELECT pg_reload_conf()");
    }

    /** The service's own role: may sign in, and nothing more until the migrations grant it its tables. */
    private void ensureApplicationRole() {
        String role = DatabaseCredentials.APPLICATION;
        execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + "; END IF; END $$; "
                + "ALTER ROLE " + role + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
        setPassword(role, credentials.applicationPassword());
    }

    /** Hashed (SCRAM) by the driver: the password itself is never in a statement the server could log. */
    private void setPassword(String role, String password) {
        try (Connection connection = owner().getConnection()) {
            connection.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = owner().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
    }

    public String applicationUsername() {
        return DatabaseCredentials.APPLICATION;
    }

    public String applicationPassword() {
        return credentials.applicationPassword();
    }

    public String ownerUsername() {
        return DatabaseCredentials.OWNER;
    }

    public String ownerPassword() {
        return credentials.ownerPassword();
    }

    /** The owner's connection: migrations, and tests that act as someone with the owner's rights. */
    public DataSource owner() {
        return server.getDatabase(DatabaseCredentials.OWNER, DATABASE, Map.of("password", credentials.ownerPassword()));
    }

    public DataSource application() {
        return server.getDatabase(DatabaseCredentials.APPLICATION, DATABASE,
                Map.of("password", credentials.applicationPassword()));
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
