package org.triagegateway.database;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.triagegateway.web.PrivateFiles;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A backup of the embedded database that needs nothing but the service's own jar (the embedded
 * PostgreSQL comes without pg_dump, and Debian's is older than it, so it refuses): every table
 * copied out in PostgreSQL's binary COPY format from one snapshot, with the schema version; restored
 * by migrating a fresh data folder to that version and copying the tables back in. With an external
 * PostgreSQL, use pg_dump (README: "The database").
 *
 * <pre>
 * java -cp triage-gateway-all.jar org.triagegateway.database.Backup dump data/postgres backup.zip
 * java -cp triage-gateway-all.jar org.triagegateway.database.Backup restore backup.zip restored/postgres
 * </pre>
 * A dump works while the service runs (it signs in to the running server as the owner); a restore
 * wants a folder that does not exist yet, then TRIAGE_DATA_DIR pointed at it.
 */
public final class Backup {

    private static final String MANIFEST = "manifest.properties";
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final String HISTORY = "flyway_schema_history";

    private Backup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("dump")) {
            Path data = Path.of(args[1]);
            try (OwnerConnection database = OwnerConnection.on(data)) {
                long tables = dump(database.owner(), Path.of(args[2]));
                System.out.println("Backed up " + tables + " tables of " + data + " to " + args[2]);
            }
        } else if (args.length == 3 && args[0].equals("restore")) {
            try (EmbeddedDatabase restored = restore(Path.of(args[1]), Path.of(args[2]))) {
                System.out.println("Restored " + args[1] + " into " + args[2] + ": start the service with TRIAGE_DATA_DIR=" + args[2]);
            }
        } else {
            System.err.println("Usage: Backup dump <data folder> <backup.zip> | Backup restore <backup.zip> <new data folder>");
            System.exit(2);
        }
    }

    /** Copies every table out, from one snapshot, into {@code file} (written whole, then moved into place). */
    public static long dump(DataSource owner, Path file) throws SQLException, IOException {
        Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        // every household is in it: readable by the service's user alone, like the data folder
        PrivateFiles.create(partial);
        try (Connection connection = owner.getConnection();
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            List<String> tables = tables(connection);
            Properties manifest = new Properties();
            manifest.setProperty("schema-version", schemaVersion(connection));
            manifest.setProperty("tables", String.join(",", tables));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(zip, "Triage Gateway backup");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", new Unclosable(zip));
            }
            connection.rollback();
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return tablesIn(file).size();
    }

    /** A fresh data folder with the backup's schema version and every row of the backup. */
    public static EmbeddedDatabase restore(Path file, Path dataDirectory) throws SQLException, IOException {
        if (Files.exists(dataDirectory)) {
            throw new IllegalArgumentException(dataDirectory + " exists: restore into a folder of its own");
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Properties manifest = manifest(zip);
            Flyway.configure().dataSource(database.owner()).locations(MIGRATIONS)
                    .target(manifest.getProperty("schema-version")).load().migrate();
            try (Connection connection = database.owner().getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    // rows go back in any order: foreign keys are checked as the rows were when dumped
                    statement.execute("SET LOCAL session_replication_role = replica");
                }
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (String table : manifest.getProperty("tables").split(",")) {
                    if (!table.matches("[a-z_][a-z0-9_]{0,62}")) {
                        throw new IllegalArgumentException("Not a Triage Gateway backup: a table named '" + table + "'");
                    }
                    try (InputStream rows = zip.getInputStream(zip.getEntry("tables/" + table + ".copy"))) {
                        copy.copyIn("COPY " + table + " FROM STDIN (FORMAT binary)", rows);
                    }
                }
                resetSequences(connection);
                connection.commit();
            }
        } catch (SQLException | IOException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' "
                     + "AND tablename <> '" + HISTORY + "' ORDER BY tablename")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM " + HISTORY
                     + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            if (!rows.next()) {
                throw new IllegalStateException("The database has no migrations applied: nothing to back up");
            }
            return rows.getString(1);
        }
    }

    /** Each serial column's sequence carries on after the highest value restored. */
    private static void resetSequences(Connection connection) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT quote_ident(c.relname), quote_ident(a.attname), "
                     + "pg_get_serial_sequence(quote_ident(c.relname), a.attname) FROM pg_class c "
                     + "JOIN pg_attribute a ON a.attrelid = c.oid JOIN pg_namespace n ON n.oid = c.relnamespace "
                     + "WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 "
                     + "AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL")) {
            while (rows.next()) {
                statements.add("SELECT setval('" + rows.getString(3) + "', coalesce((SELECT max(" + rows.getString(2)
                        + ") FROM " + rows.getString(1) + "), 0) + 1, false)");
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Properties manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new IllegalArgumentException("Not a Triage Gateway backup: no " + MANIFEST);
        }
        Properties manifest = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            manifest.load(in);
        }
        return manifest;
    }

    private static List<String> tablesIn(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return List.of(manifest(zip).getProperty("tables").split(","));
        }
    }

    /** COPY closes the stream it is given; the zip must stay open for the next table. */
    private static final class Unclosable extends java.io.FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
