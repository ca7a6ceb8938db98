package org.triagegateway.database;

import io.micronaut.context.env.PropertyExpressionResolver;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.value.PropertyResolver;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves the placeholders {@code ${embedded-postgres.url}}, {@code .username} and
 * {@code .password} by starting an embedded PostgreSQL ({@link EmbeddedDatabase}) the first time
 * one is read.
 *
 * <p>The default datasource in application.yml is these placeholders, so an external database
 * configured through {@code DATASOURCES_DEFAULT_URL} overrides them and nothing embedded starts.
 * Keeping the standard datasource configuration means micronaut-flyway and Hikari work unchanged.
 */
public final class EmbeddedPostgresResolver implements PropertyExpressionResolver {

    static final String URL = "embedded-postgres.url";
    static final String USERNAME = "embedded-postgres.username";
    static final String PASSWORD = "embedded-postgres.password";
    static final String DATA_DIRECTORY = "embedded-postgres.data-directory";
    static final String EPHEMERAL = "embedded-postgres.ephemeral";
    static final String PORT = "embedded-postgres.port";
    private static final String DATASOURCE_URL = "datasources.default.url";

    private static EmbeddedDatabase server;

    @Override
    public <T> Optional<T> resolve(PropertyResolver properties, ConversionService conversion,
                                   String expression, Class<T> requiredType) {
        String value = switch (expression) {
            case URL -> start(properties).jdbcUrl();
            case USERNAME -> embeddedIsTheDatasource(properties) ? server.applicationUsername() : "postgres";
            case PASSWORD -> embeddedIsTheDatasource(properties) ? server.applicationPassword() : "";
            default -> null;
        };
        return value == null ? Optional.empty() : conversion.convert(value, requiredType);
    }

    /**
     * Whether the datasource is the embedded one: reading its URL starts the embedded server when
     * the URL is ours. With an external URL but no username or password configured, the old
     * defaults (postgres, no password) apply and nothing embedded starts.
     */
    private static boolean embeddedIsTheDatasource(PropertyResolver properties) {
        Optional<String> url = properties.get(DATASOURCE_URL, String.class);
        return url.isPresent() && running().map(database -> database.jdbcUrl().equals(url.get())).orElse(false);
    }

    /** The embedded database this service started, if it uses one. */
    public static synchronized Optional<EmbeddedDatabase> running() {
        return Optional.ofNullable(server);
    }

    private static synchronized EmbeddedDatabase start(PropertyResolver properties) {
        if (server == null) {
            boolean ephemeral = properties.get(EPHEMERAL, Boolean.class).orElse(false);
            Path directory = ephemeral ? null
                    : Path.of(properties.get(DATA_DIRECTORY, String.class).orElse("data/postgres")).toAbsolutePath();
            server = EmbeddedDatabase.start(directory, properties.get(PORT, Integer.class).orElse(0));
        }
        return server;
    }
}
