package org.triagegateway.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DATASOURCES_DEFAULT_URL (the property datasources.default.url) points the service at another
 * PostgreSQL: the same migrations run there and the households are stored there.
 */
class ExternalDatabaseTest {

    @Test
    void anExternalDatabaseGetsTheMigrationsAndTheData() throws Exception {
        try (EmbeddedDatabase external = EmbeddedDatabase.start(null, 0);
             EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                     "datasources.default.url", external.jdbcUrl(),
                     "datasources.default.username", external.ownerUsername(),
                     "datasources.default.password", external.ownerPassword()), "test")) {

            Api.Response created = server.getApplicationContext().getBean(Api.class).post("/api/v1/households",
                    "{\"people\": [{\"id\": \"c\", \"role\": \"CLAIMANT\", \"dateOfBirth\": \"1990-01-01\"}]}");
            assertThat(created.status()).isEqualTo(201);
            String reference = created.json().path("reference").asText().replace("-", "");

            try (Connection connection = external.owner().getConnection();
                 PreparedStatement query = connection.prepareStatement(
                         "SELECT (SELECT count(*) FROM flyway_schema_history WHERE success), "
                                 + "(SELECT count(*) FROM household WHERE reference = ?)")) {
                query.setString(1, reference);
                ResultSet rows = query.executeQuery();
                rows.next();
                assertThat(rows.getInt(1)).as("migrations applied").isPositive();
                assertThat(rows.getInt(2)).as("household stored in the external database").isEqualTo(1);
            }
        }
    }
}
