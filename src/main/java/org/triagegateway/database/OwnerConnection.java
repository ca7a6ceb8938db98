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
