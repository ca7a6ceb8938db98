package org.triagegateway.kiosk;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * How the kiosk protects a shared device (application.yml {@code triage.kiosk}).
 *
 * @param idleTimeout a session nobody has used for this long is wiped
 * @param warningBefore with JavaScript, the warning shows this long before the wipe
 * @param secureCookie send the session cookie over HTTPS only (browsers treat localhost as secure)
 * @param requestsPerMinute the most kiosk requests one address may make in a minute
 */
@ConfigurationProperties("triage.kiosk")
record KioskConfiguration(Duration idleTimeout, Duration warningBefore, boolean secureCookie, int requestsPerMinute) {
}
