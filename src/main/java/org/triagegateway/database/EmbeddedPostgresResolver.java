package org.triagegateway.database;

import io.micronaut.context.env.PropertyExpressionResolver;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.value.PropertyResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves the placeholder {@code ${embedded-postgres.url}} by starting an embedded PostgreSQL
 * the first time it is read.
 *
 * <p>The default datasource URL in application.yml is this placeholder, so an external database
 * configured through {@code DATASOURCES_DEFAULT_URL} overrides it and nothing embedded starts.
 * Keeping the standard datasource configuration means micronaut-flyway and Hikari work unchanged.
 *
 * <p>PostgreSQL refuses to run as root; zonky runs initdb and pg_ctl as {@code nobody} in a user
 * namespace (util-linux {@code unshare}) when the JVM runs as root.
 */
public final class EmbeddedPostgresResolver implements PropertyExpressionResolver {

    static final String EXPRESSION = "embedded-postgres.url";
    static final String DATA_DIRECTORY = "embedded-postgres.data-directory";
    static final String EPHEMERAL = "embedded-postgres.ephemeral";
    static final String PORT = "embedded-postgres.port";

    private static EmbeddedPostgres server;

    @Override
    public <T> Optional<T> resolve(PropertyResolver properties, ConversionService conversion,
                                   String expression, Class<T> requiredType) {
        if (!EXPRESSION.equals(expression)) {
            return Optional.empty();
        }
        String url = start(properties).getJdbcUrl("postgres", "postgres");
        return conversion.convert(url, requiredType);
    }

    private static synchronized EmbeddedPostgres start(PropertyResolver properties) {
        if (server == null) {
            boolean ephemeral = properties.get(EPHEMERAL, Boolean.class).orElse(false);
            Path directory = ephemeral ? null
                    : Path.of(properties.get(DATA_DIRECTORY, String.class).orElse("data/postgres")).toAbsolutePath();
            server = start(directory, properties.get(PORT, Integer.class).orElse(0));
        }
        return server;
    }

    /** Starts PostgreSQL on {@code directory}, kept between runs, or on a throw-away one when it is null. */
    static EmbeddedPostgres start(Path directory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setCleanDataDirectory(directory == null);
            if (port > 0) {
                builder.setPort(port);
            }
            if (directory != null) {
                Files.createDirectories(directory);
                builder.setDataDirectory(directory);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
