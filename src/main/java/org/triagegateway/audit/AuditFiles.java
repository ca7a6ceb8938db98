package org.triagegateway.audit;

import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;

/** Where the audit key and checkpoints are kept when not configured: beside the embedded database's folder. */
final class AuditFiles {

    private AuditFiles() {
    }

    static Path file(@Nullable String configured, String dataDirectory, String name) {
        Path file = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(dataDirectory).toAbsolutePath().normalize().resolveSibling(name);
        return file.toAbsolutePath().normalize();
    }
}
