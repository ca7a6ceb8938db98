package org.triagegateway.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * {@code triage.staff}: how staff sign-in behaves.
 *
 * @param idleTimeout a session not used for this long ends
 * @param failuresBeforeLock wrong passwords in a row that lock an account
 * @param lockFor how long a locked account stays locked
 * @param signInsPerMinute sign-in attempts one address may make in a minute, whichever accounts they are for
 * @param firstAdministratorUsername with the password, the administrator created on a fresh install (no account yet)
 */
@ConfigurationProperties("triage.staff")
public record StaffConfiguration(Duration idleTimeout, int failuresBeforeLock, Duration lockFor, int signInsPerMinute,
                                 @Nullable String firstAdministratorUsername, @Nullable String firstAdministratorPassword) {
}
