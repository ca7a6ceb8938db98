package org.triagegateway.staff;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's first visit, in Chromium with axe-core on every page: a mistaken sign-in, the
 * home page, creating an adviser (with the form's errors first), the audit trail and its check,
 * and signing out; then the new adviser signs in and cannot reach the administrator's pages.
 */
@MicronautTest(transactional = false)
class StaffPagesBrowserTest extends StaffBrowserTestBase {



    @Test
    void anAdministratorCreatesAnAdviserWhoCanThenSignIn() {
        browser.open("/staff");
        assertThat(browser.path()).as("sent to sign in").isEqualTo("/staff/sign-in");
        browser.assertAccessible();

        signIn("admin", "not the password");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter a correct username and password");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("class")).contains("govuk-error-summary");
        browser.assertAccessible();

        signIn("admin", "correct horse battery staple");
        assertThat(browser.path()).isEqualTo("/staff");
        assertThat(browser.text("h1")).isEqualTo("Signed in as Administrator");
        browser.assertAccessible();

        browser.clickAndWait(browser.find("nav a[href='/staff/accounts']"));
        browser.assertAccessible();
        browser.clickAndWait(browser.find("a[href='/staff/accounts/new']"));
        browser.find("#displayName").sendKeys("Amina Khan");
        browser.find("#username").sendKeys("Amina.Khan@example.gov.uk");
        browser.find("#password").sendKeys("short");
        browser.clickAndWait(browser.find("main button[type=submit]"));
        assertThat(browser.text(".govuk-error-summary")).contains("Select a role", "Enter a password of 12 to 128 characters");
        assertThat(browser.find("#displayName").getDomProperty("value")).as("what was typed is kept").isEqualTo("Amina Khan");
        browser.assertAccessible();

        browser.find("input[name=role][value=ADVISER]").click();
        browser.find("#password").sendKeys("winter harbour lantern");
        browser.clickAndWait(browser.find("main button[type=submit]"));
        assertThat(browser.text(".govuk-notification-banner")).contains("Account amina.khan@example.gov.uk created");
        assertThat(browser.text("#account-amina\\.khan\\@example\\.gov\\.uk")).contains("Amina Khan", "Adviser", "Active");

        // a council benefits officer works for one council, chosen from the list, and can be moved to another
        browser.clickAndWait(browser.find("a[href='/staff/accounts/new']"));
        browser.find("#displayName").sendKeys("Tomasz Wójcik");
        browser.find("#username").sendKeys("tomasz.wojcik@example.gov.uk");
        browser.find("input[name=role][value=COUNCIL_OFFICER]").click();
        browser.find("#password").sendKeys("winter harbour lantern");
        browser.clickAndWait(browser.find("main button[type=submit]"));
        assertThat(browser.text(".govuk-error-summary")).contains("Select the council they work for");
        browser.assertAccessible();
        new Select(browser.find("#council")).selectByValue("E06000056");
        browser.find("#password").sendKeys("winter harbour lantern");
        browser.clickAndWait(browser.find("main button[type=submit]"));
        WebElement officer = browser.find("#account-tomasz\\.wojcik\\@example\\.gov\\.uk");
        assertThat(officer.getText()).contains("Council benefits officer, Central Bedfordshire");
        browser.assertAccessible();
        new Select(officer.findElement(By.cssSelector("select[name=council]"))).selectByValue("E06000055");
        browser.clickAndWait(officer.findElement(By.cssSelector("form[action$='/council'] button")));
        assertThat(browser.text("#account-tomasz\\.wojcik\\@example\\.gov\\.uk")).contains("Council benefits officer, Bedford");
        browser.assertReflowsAt(320);
        browser.screenshotsAt("accounts", 320, 1024);

        browser.open("/staff/accounts?created=Your%20password%20has%20expired%2C%20call%2001632%20960000");
        assertThat(browser.all(".govuk-notification-banner")).as("no text from the address").isEmpty();

        browser.clickAndWait(browser.find("nav a[href='/staff/audit']"));
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text("#verification")).contains("The chain is whole");
        assertThat(browser.text("table")).contains("create", "staff_account amina.khan@example.gov.uk", "sign-in");
        browser.assertAccessible();

        browser.clickAndWait(browser.find("header form button[type=submit]"));
        assertThat(browser.path()).startsWith("/staff/sign-in");
        assertThat(browser.text(".govuk-notification-banner")).contains("You have signed out");
        browser.assertAccessible();
        browser.open("/staff/accounts");
        assertThat(browser.path()).as("signed out means signed out").isEqualTo("/staff/sign-in");

        signIn("amina.khan@example.gov.uk", "winter harbour lantern");
        assertThat(browser.text("h1")).isEqualTo("Signed in as Amina Khan");
        assertThat(browser.all("nav a[href='/staff/accounts']")).isEmpty();
        browser.open("/staff/accounts");
        assertThat(browser.pageText()).doesNotContain("Create an account");
        assertThat(browser.text("h1")).as("a page for people, not JSON").isEqualTo("You cannot do this");
        browser.assertAccessible();
        browser.open("/staff/no-such-page");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
        browser.assertAccessible();
    }
}
