package org.triagegateway.staff;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.triagegateway.StaffLogin;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.Person;
import org.triagegateway.security.Role;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An adviser captures a whole case in the pages, as issue 18 asks: finds nobody, starts a household
 * with a Central Bedfordshire address, adds a partner, two children and a job, and takes a child
 * away again. Axe on every page; each form reflows at 320 CSS pixels.
 */
@MicronautTest(transactional = false)
class CaseBrowserTest extends StaffBrowserTestBase {

    @Inject
    HouseholdService households;
    @Inject
    StaffLogin login;

    @Test
    void anAdviserStartsAHouseholdAndAddsEveryoneInIt() {
        browser.open("/staff/sign-in");
        signIn(login.account(Role.ADVISER), StaffLogin.PASSWORD);
        browser.clickAndWait(browser.find("nav a[href='/staff/households']"));
        browser.find("#name").sendKeys("Grace Adeyemi");
        browser.find("#dob-day").sendKeys("9");
        browser.find("#dob-month").sendKeys("4");
        browser.find("#dob-year").sendKeys("1988");
        browser.clickAndWait(browser.find("#dob-year").findElement(By.xpath("ancestor::form//button")));
        assertThat(browser.text("#results")).isEqualTo("No household found");
        browser.clickAndWait(browser.find("#results ~ p a[href='/staff/households/new']"));

        assertThat(browser.text("h1")).isEqualTo("Start a new household");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-error-summary")).contains("Enter their full name", "Enter the date of birth");
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        browser.find("#people-0-name").sendKeys("Grace Adeyemi");
        browser.find("#people-0-dateOfBirth-day").sendKeys("9");
        browser.find("#people-0-dateOfBirth-month").sendKeys("4");
        browser.find("#people-0-dateOfBirth-year").sendKeys("1988");
        browser.find("input[name='housing-tenure'][value='PRIVATE_RENT']").click();
        browser.find("#housing-postcode").sendKeys("LU5 4AA");
        browser.find("#housing-address").sendKeys("12 Station Road, Dunstable");
        browser.screenshotsAt("case-new-household", 320, 768);
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-notification-banner")).contains("The household is started");
        browser.assertAccessible();
        String reference = browser.text("h1");
        HouseholdReference stored = HouseholdReference.of(reference);
        assertThat(households.get(stored).household().housing().council()).as("from the postcode").isEqualTo("Central Bedfordshire");

        addPerson("PARTNER", "Samuel Adeyemi", "2", "11", "1986");
        assertThat(browser.text("main table")).contains("Partner", "Samuel Adeyemi");
        browser.clickAndWait(browser.find("a[href$='/add/people']"));
        assertThat(browser.all("input[value='PARTNER']")).as("a household has one partner").isEmpty();
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-error-summary")).contains("Choose who they are in the household", "Enter their full name");
        browser.assertAccessible();
        browser.open("/staff/households/" + reference);
        addPerson("CHILD", "Tobi Adeyemi", "3", "5", "2016");
        addPerson("CHILD", "Ada Adeyemi", "20", "1", "2020");

        browser.clickAndWait(browser.find("a[href$='/record']"));
        browser.assertAccessible();
        browser.clickAndWait(browser.find("a[href$='/add/people-0-earnings']"));
        assertThat(browser.text("h1")).isEqualTo("Add a job for Claimant (Grace Adeyemi)");
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        browser.find("input[name='people-0-earnings-0-kind'][value='EMPLOYED']").click();
        browser.find("input[name='people-0-earnings-0-frequency'][value='MONTHLY']").click();
        browser.find("#people-0-earnings-0-gross").sendKeys("1450");
        browser.find("#people-0-earnings-0-hoursPerWeek").sendKeys("24");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-notification-banner")).contains("Added to the record and assessed again");

        Household household = households.get(stored).household();
        assertThat(household.people()).extracting(Person::role)
                .containsExactly(Person.Role.CLAIMANT, Person.Role.PARTNER, Person.Role.CHILD, Person.Role.CHILD);
        assertThat(household.people()).extracting(Person::id).containsExactly("claimant", "partner", "child1", "child2");
        assertThat(household.people().get(0).earnings().get(0).gross()).isEqualByComparingTo(new BigDecimal("1450"));

        // a child recorded by mistake is taken away again, after a question
        browser.clickAndWait(browser.find("a[href$='/record']"));
        browser.clickAndWait(browser.find("a[href$='/remove/people-3']"));
        assertThat(browser.text("h1")).isEqualTo("Remove Child 2 (Ada Adeyemi) from the record?");
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        browser.clickAndWait(browser.find("main form button"));
        assertThat(browser.text(".govuk-notification-banner")).contains("Removed from the record");
        assertThat(households.get(stored).household().people()).extracting(Person::name)
                .containsExactly("Grace Adeyemi", "Samuel Adeyemi", "Tobi Adeyemi");
        assertThat(browser.all("a[href$='/remove/people-0']")).as("never the claimant").isEmpty();

        // who changed what, version by version
        browser.open("/staff/households/" + reference);
        browser.clickAndWait(browser.find("a[href$='/history']"));
        assertThat(browser.text("h1")).isEqualTo("Every version of the record");
        String history = browser.text("main");
        assertThat(history).contains("Version 6", "Version 1", "The household was first recorded.", "by Test Adviser",
                "Partner (Samuel Adeyemi): Full name", "Samuel Adeyemi", "Child 2 (Ada Adeyemi): Full name", "Claimant (Grace Adeyemi), job 1: Gross pay", "£1,450.00");
        assertThat(history.indexOf("Version 6")).as("newest first").isLessThan(history.indexOf("Version 1"));
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        browser.screenshotsAt("case-history", 320, 768);

        // the whole home on one page
        browser.open("/staff/households/" + reference + "/record");
        browser.clickAndWait(browser.find("a[href$='/record/section/housing']"));
        assertThat(browser.text("h1")).isEqualTo("Change Home");
        assertThat(browser.find("#housing-postcode").getDomProperty("value")).isEqualTo("LU5 4AA");
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        browser.find("#housing-rent").sendKeys("895");
        browser.find("input[name='housing-rentFrequency'][value='MONTHLY']").click();
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-notification-banner")).contains("Saved as version 7");
        assertThat(households.get(stored).household().housing().rent()).isEqualByComparingTo("895");
        assertThat(households.get(stored).household().housing().address()).as("the rest kept").isEqualTo("12 Station Road, Dunstable");
    }

    private void addPerson(String role, String name, String day, String month, String year) {
        browser.clickAndWait(browser.find("a[href$='/add/people']"));
        assertThat(browser.text("h1")).isEqualTo("Add a person to the household");
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        String prefix = browser.find("input[value='" + role + "']").getDomAttribute("name").replace("-role", "");
        browser.find("input[value='" + role + "']").click();
        browser.find("#" + prefix + "-name").sendKeys(name);
        browser.find("#" + prefix + "-dateOfBirth-day").sendKeys(day);
        browser.find("#" + prefix + "-dateOfBirth-month").sendKeys(month);
        browser.find("#" + prefix + "-dateOfBirth-year").sendKeys(year);
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-notification-banner")).contains("Added to the record");
        assertThat(browser.driver.findElements(By.xpath("//td[text()='" + name + "']"))).hasSize(1);
    }
}
