package org.triagegateway.database;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The owner's connection to the embedded server running on a data folder, or to one started for
 * the purpose when the service is not running: for the command-line tools (backup, postcode import).
 */
public record OwnerConnection(DataSource owner, EmbeddedDatabase started) implements AutoCloseable {

    /**
     * The external PostgreSQL named by DATASOURCES_DEFAULT_URL, signed in as TRIAGE_DB_OWNER_USERNAME (or
     * the service's own DATASOURCES_DEFAULT_USERNAME), as the service itself would be; else the embedded one on {@code data}.
     */
    public static OwnerConnection fromEnvironmentOr(Path data) {
        String url = System.getenv("DATASOURCES_DEFAULT_URL");
        if (url == null || url.isBlank()) {
            return on(data);
        }
        String owner = System.getenv("TRIAGE_DB_OWNER_USERNAME");
        boolean ownOwner = owner != null && !owner.isBlank();
        PGSimpleDataSource external = new PGSimpleDataSource();
        external.setUrl(url);
        external.setUser(ownOwner ? owner : System.getenv().getOrDefault("DATASOURCES_DEFAULT_USERNAME", "postgres"));
        external.setPassword(System.getenv().getOrDefault(ownOwner ? "TRIAGE_DB_OWNER_PASSWORD" : "DATASOURCES_DEFAULT_PASSWORD", ""));
        return new OwnerConnection(external, null);
    }

    public static OwnerConnection on(Path data) {
        Optional<Integer> port = OrphanedServer.port(data);
        if (port.isPresent()) {
            DatabaseCredentials credentials = DatabaseCredentials.read(data)
                    .orElseThrow(() -> new IllegalStateException("No credentials in " + data));
            PGSimpleDataSource owner = new PGSimpleDataSource();
            owner.setUrl("jdbc:postgresql://localhost:" + port.get() + "/" + EmbeddedDatabase.DATABASE);
            owner.setUser(DatabaseCredentials.OWNER);
            owner.setPassword(credentials.ownerPassword());
            return new OwnerConnection(owner, null);
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(data, 0);
        return new OwnerConnection(database.owner(), database);
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
