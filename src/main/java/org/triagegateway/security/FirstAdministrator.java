package org.triagegateway.security;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a fresh install (no staff account at all) the administrator named in the configuration is
 * created, so that someone can sign in and create the other accounts. Once any account exists
 * the setting is ignored: it cannot be used to add an administrator later.
 */
@Singleton
class FirstAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffAccountService accounts;
    private final StaffConfiguration configuration;

    FirstAdministrator(StaffAccountService accounts, StaffConfiguration configuration) {
        this.accounts = accounts;
        this.configuration = configuration;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            createIfNoAccount();
        } catch (RuntimeException e) {
            // without its database the service still starts, and answers 503 until it is back; the next start tries again
            LOG.error("Could not check for staff accounts: {}", e.getMessage());
        }
    }

    private void createIfNoAccount() {
        if (accounts.count() > 0) {
            return;
        }
        String username = configuration.firstAdministratorUsername();
        String password = configuration.firstAdministratorPassword();
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            LOG.warn("No staff account exists. Set TRIAGE_FIRST_ADMIN_USERNAME and TRIAGE_FIRST_ADMIN_PASSWORD and restart "
                    + "to create the first administrator.");
            return;
        }
        try {
            accounts.create(username, "Administrator", Role.ADMINISTRATOR, null, password);
            LOG.info("Created the first administrator, {}: sign in at /staff/sign-in. The setting is ignored from now on.",
                    username);
        } catch (InvalidAccountException e) {
            LOG.error("The first administrator could not be created: {}", e.problems());
        }
    }
}
