package org.triagegateway.database;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Migrations run as the database's owner, the service as a role that owns nothing: so the service
 * cannot alter the audit table or switch its append-only trigger off. On the embedded database the
 * owner is its superuser; on an external one, TRIAGE_DB_OWNER_USERNAME and _PASSWORD name the role
 * that owns the tables (without them, migrations use the service's own connection, as before).
 *
 * <p>It takes the place of micronaut-flyway's default customizer, which only adds Java migrations,
 * callbacks and resolvers registered as beans: this project has none (its callback is SQL).
 */
@Singleton
@Named("default")
final class MigrationOwner implements FlywayConfigurationCustomizer {

    private final String url;
    private final String ownerUsername;
    private final String ownerPassword;

    MigrationOwner(@Value("${datasources.default.url}") String url,
                   @Nullable @Value("${triage.database.owner-username:}") String ownerUsername,
                   @Nullable @Value("${triage.database.owner-password:}") String ownerPassword) {
        this.url = url;
        this.ownerUsername = ownerUsername;
        this.ownerPassword = ownerPassword;
    }

    @Override
    public String getName() {
        return "default";
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        EmbeddedPostgresResolver.running().filter(embedded -> embedded.jdbcUrl().equals(url)).ifPresentOrElse(
                embedded -> configuration.dataSource(url, embedded.ownerUsername(), embedded.ownerPassword()),
                () -> {
                    if (ownerUsername != null && !ownerUsername.isBlank()) {
                        configuration.dataSource(url, ownerUsername, ownerPassword);
                    }
                });
    }
}
