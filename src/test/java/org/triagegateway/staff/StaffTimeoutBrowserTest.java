package org.triagegateway.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.triagegateway.StaffLogin;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.security.Role;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff session's end, as an adviser meets it: a warning first (the GOV.UK timeout pattern),
 * "Stay signed in" keeps the page as it is, and when the session ends anyway, signing in again
 * returns to the page with what was typed put back, not yet saved. A session of 20 seconds here:
 * the warning comes 10 seconds before it ends.
 */
@MicronautTest(transactional = false)
@Property(name = "triage.staff.idle-timeout", value = "20s")
class StaffTimeoutBrowserTest extends StaffBrowserTestBase {

    @Inject
    HouseholdService households;
    @Inject
    StaffLogin login;
    @Inject
    ObjectMapper json;

    @Test
    void theWarningComesFirstAndSigningInAgainPutsBackWhatWasTyped() throws IOException {
        HouseholdReference reference = HouseholdReference.of(households.create(json.readValue("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "name": "Joy Mensah", "dateOfBirth": "1990-07-12"}],
                 "housing": {"tenure": "PRIVATE_RENT", "rent": 700.00, "rentFrequency": "MONTHLY", "council": "Luton"}}""",
                Household.class)).reference());
        String change = "/staff/households/" + reference.display() + "/record/housing-rent";
        browser.open("/staff/sign-in");
        signIn(login.account(Role.ADVISER), StaffLogin.PASSWORD);
        browser.open(change);
        browser.find("#housing-rent").clear();
        browser.find("#housing-rent").sendKeys("725");

        waitUntil("the warning opens", "return document.getElementById('tg-timeout').open");
        assertThat(browser.text("#tg-timeout")).contains("You are about to be signed out", "Time left: 0:");
        browser.assertAccessible();
        browser.find("#tg-timeout [data-keep]").click();
        waitUntil("the warning closes", "return !document.getElementById('tg-timeout').open");
        assertThat(browser.find("#housing-rent").getDomProperty("value")).as("the page as it was").isEqualTo("725");

        // nobody answers the next warning: the page signs out by itself
        new WebDriverWait(browser.driver, Duration.ofSeconds(40)).until(d -> browser.path().startsWith("/staff/sign-in"));
        assertThat(browser.text("main")).contains("You were signed out because the service was not used for a while");
        browser.assertAccessible();
        signIn(login.account(Role.ADVISER), StaffLogin.PASSWORD);
        assertThat(browser.path()).as("back where they were").isEqualTo(change);
        assertThat(browser.find("#housing-rent").getDomProperty("value")).as("what they typed").isEqualTo("725");
        assertThat(browser.text(".govuk-notification-banner")).contains("What you had typed has been put back. It is not saved yet.");
        assertThat(households.get(reference).household().housing().rent()).as("not saved until they save it").isEqualByComparingTo("700");
        browser.assertAccessible();
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("return sessionStorage.getItem('tg-typed')"))
                .as("nothing kept in the browser once it is back on the page").isNull();

        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(households.get(reference).household().housing().rent()).isEqualByComparingTo("725");
    }

    private void waitUntil(String what, String script) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).withMessage(what)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(script)));
    }
}
