package org.triagegateway.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** pg_hba.conf as the embedded database wants it: a password over loopback, nothing else. */
final class HostBasedAccess {

    private static final String RULES = """
            # Written by Triage Gateway at every start of its embedded PostgreSQL: every role signs in with
            # its password (SCRAM), over loopback only; there is no Unix socket. Changes here are overwritten.
            host    all    all    127.0.0.1/32    scram-sha-256
            host    all    all    ::1/128         scram-sha-256
            """;

    private HostBasedAccess() {
    }

    /**
     * A folder initdb made for us (it asks for passwords: a folder from before passwords says
     * "trust") whose passwords were never kept: the service was killed between the two.
     */
    static boolean unfinishedFirstStart(Path dataDirectory) throws IOException {
        Path rules = dataDirectory.resolve("pg_hba.conf");
        return Files.exists(dataDirectory.resolve("postgresql.conf")) && Files.exists(rules)
                && Files.readAllLines(rules, StandardCharsets.UTF_8).stream()
                        .map(line -> line.replaceFirst("#.*", "").strip()) // the sample's comments name "trust" too
                        .filter(line -> !line.isEmpty()).noneMatch(line -> line.matches(".*\\btrust$"));
    }

    static void passwordsOnly(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), RULES, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + dataDirectory.resolve("pg_hba.conf"), e);
        }
    }
}
