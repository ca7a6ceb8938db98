package org.triagegateway.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.triagegateway.Browser;

/** One browser for a test class's staff pages, and signing in through the form. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StaffBrowserTestBase {

    @Inject
    EmbeddedServer server;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(server.getURI());
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    void signIn(String username, String password) {
        if (!browser.path().startsWith("/staff/sign-in")) {
            browser.open("/staff/sign-in");
        }
        browser.find("#username").clear();
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(password);
        browser.clickAndWait(browser.find("main form button[type=submit]"));
    }
}
