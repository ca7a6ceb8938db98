package org.triagegateway.database;

import org.triagegateway.web.Secrets;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The embedded database's two passwords: the owner's (migrations, backups) and the application's
 * (everything the service does day to day). Generated on the first start and kept in a file in the
 * data folder that only the service's own user can read, so no other process on the machine can
 * sign in to the database.
 */
record DatabaseCredentials(String ownerPassword, String applicationPassword) {

    static final String OWNER = "postgres";
    /** Not a superuser, owns nothing: cannot alter the audit table or switch its trigger off. */
    static final String APPLICATION = "triage_app";
    static final String FILE_NAME = "triage-credentials.properties";

    static DatabaseCredentials generate() {
        // URL-safe base64: no quote or backslash, so it can be written into ALTER ROLE as it is
        return new DatabaseCredentials(Secrets.randomToken(), Secrets.randomToken());
    }

    static Optional<DatabaseCredentials> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the database's credentials in " + file, e);
        }
        return Optional.of(new DatabaseCredentials(properties.getProperty("owner.password"),
                properties.getProperty("application.password")));
    }

    /** Written whole to a new file readable by the owner alone, then moved into place. */
    void write(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            Path partial = ownerOnlyFile(dataDirectory.resolve(FILE_NAME + ".new"));
            Properties properties = new Properties();
            properties.setProperty("owner.password", ownerPassword);
            properties.setProperty("application.password", applicationPassword);
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                properties.store(writer, "Passwords of the embedded PostgreSQL: keep this file private");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the database's credentials in " + file, e);
        }
    }

    /** A file with the owner password alone, as initdb --pwfile wants it. */
    Path ownerPasswordFile() {
        try {
            Path file = ownerOnlyFile(Files.createTempFile("triage-pw", ".txt"));
            Files.writeString(file, ownerPassword + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the database owner's password for initdb", e);
        }
    }

    private static Path ownerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder's own permissions apply
        }
        return file;
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[hidden]";
    }
}
