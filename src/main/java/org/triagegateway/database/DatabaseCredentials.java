package org.triagegateway.database;

import org.triagegateway.web.PrivateFiles;
import org.triagegateway.web.Secrets;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        String owner = properties.getProperty("owner.password", "");
        String application = properties.getProperty("application.password", "");
        if (owner.isBlank() || application.isBlank()) {
            throw new IllegalStateException(file + " lacks the database's passwords (damaged?): restore it from a backup of "
                    + "the data folder, or restore the database from a backup into a new folder (README: \"The database\").");
        }
        return Optional.of(new DatabaseCredentials(owner, application));
    }

    /** Kept for good: written whole, forced to disk, then moved into place (PrivateFiles). */
    void write(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        Properties properties = new Properties();
        properties.setProperty("owner.password", ownerPassword);
        properties.setProperty("application.password", applicationPassword);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "Passwords of the embedded PostgreSQL: keep this file private");
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        PrivateFiles.writeDurably(file, text.toString());
    }

    /** A file with the owner password alone, as initdb --pwfile wants it: made readable by the owner alone from the start. */
    Path ownerPasswordFile() {
        try {
            Path file = Files.createTempFile("triage-pw", ".txt", PrivateFiles.OWNER_ONLY);
            Files.writeString(file, ownerPassword + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the database owner's password for initdb", e);
        }
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[hidden]";
    }
}
