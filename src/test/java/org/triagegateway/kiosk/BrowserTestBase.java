package org.triagegateway.kiosk;

import org.triagegateway.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One browser for a test class's pages; each test starts as a new person with no cookies. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

    @Inject
    EmbeddedServer server;

    Browser browser;
    KioskVisitor visitor;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(server.getURI());
        visitor = new KioskVisitor(browser);
    }

    @BeforeEach
    void newVisitor() {
        browser.driver.manage().deleteAllCookies();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }
}
