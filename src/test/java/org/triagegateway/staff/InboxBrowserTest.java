package org.triagegateway.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.triagegateway.StaffLogin;
import org.triagegateway.assessment.AssessmentService;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.security.Role;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.ConsentService;
import org.triagegateway.sharing.HowGiven;
import org.triagegateway.sharing.Purpose;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An adviser shares a household with the council; a council benefits officer finds it in the
 * inbox, reads it and asks for more; a Jobcentre Plus officer never sees it. Axe on every page.
 */
@MicronautTest(transactional = false)
class InboxBrowserTest extends StaffBrowserTestBase {

    @Inject
    HouseholdService households;
    @Inject
    AssessmentService assessments;
    @Inject
    ConsentService consents;
    @Inject
    StaffLogin login;
    @Inject
    ObjectMapper json;

    @Test
    void aShareGoesToTheCouncilsInboxAndComesBackAskingForMore() throws IOException {
        HouseholdReference reference = HouseholdReference.of(households.create(json.readValue("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "name": "Siobhan Murphy", "dateOfBirth": "1950-02-02",
                             "otherIncome": [{"type": "STATE_PENSION", "frequency": "WEEKLY", "amount": 176.45}]}],
                 "housing": {"tenure": "SOCIAL_RENT", "rent": 110.00, "rentFrequency": "WEEKLY", "council": "Luton",
                             "councilTax": 1600.00}}""", Household.class)).reference());
        assessments.assessAndStore(reference, null);
        consents.record(reference, Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "Siobhan Murphy", HowGiven.IN_PERSON, "test");

        signInAs(Role.ADVISER);
        browser.open("/staff/households/" + reference.display());
        browser.clickAndWait(browser.find("a[href$='/share/council']"));
        assertThat(browser.text("h1")).isEqualTo("Share with the Luton council benefits office");
        assertThat(browser.pageText()).contains("Housing Benefit", "Council Tax Reduction", "About each person", "Full name");
        browser.assertAccessible();
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-error-summary")).contains("Choose the legal gateway");
        browser.assertAccessible();
        browser.find("#basis-2").click();
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text("#sharing ~ table")).contains("the Luton council benefits office", "Sent");
        browser.assertAccessible();

        signInAs(Role.JOBCENTRE_OFFICER);
        browser.clickAndWait(browser.find("nav a[href='/staff/inbox']"));
        assertThat(browser.pageText()).doesNotContain(reference.display());
        browser.assertAccessible();

        signInAs(Role.COUNCIL_OFFICER);
        browser.clickAndWait(browser.find("nav a[href='/staff/inbox']"));
        browser.assertAccessible();
        browser.clickAndWait(browser.driver.findElement(By.xpath("//main//a[text()='" + reference.display() + "']")));
        assertThat(browser.text("h1")).isEqualTo("Household " + reference.display());
        assertThat(browser.pageText()).contains("Siobhan Murphy", "Housing Benefit", "assessment-summary.pdf", "hb-ctr-claim.pdf");
        browser.assertAccessible();
        browser.clickAndWait(browser.find("form[action$='/return'] button"));
        assertThat(browser.text(".govuk-error-summary")).contains("Say what else you need");
        browser.assertAccessible();
        browser.find("#what").sendKeys("A letter from the landlord showing the rent");
        browser.clickAndWait(browser.find("form[action$='/return'] button"));
        assertThat(browser.pageText()).contains("More information requested", "You asked: A letter from the landlord");
        browser.assertAccessible();

        signInAs(Role.ADVISER);
        // the adviser's home says what is waiting, by reference only
        assertThat(browser.text("#waiting ~ table")).contains(reference.display(),
                "The Luton council benefits office asked for more information").doesNotContain("Siobhan", "landlord");
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        browser.open("/staff/households/" + reference.display());
        assertThat(browser.text("#to-do ~ ul")).contains("A letter from the landlord showing the rent");
        assertThat(browser.text("#sharing ~ table")).contains("More information requested");

        // the rent changes: the adviser sees what would go to whom, and sends it on purpose
        browser.clickAndWait(browser.find("a[href$='/record']"));
        browser.clickAndWait(browser.find("a[href$='/record/housing-rent']"));
        browser.find("#housing-rent").clear();
        browser.find("#housing-rent").sendKeys("11500");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        // by hand: £11,500 a week x 52 / 12 = £49,833.33 a month
        assertThat(browser.text(".govuk-notification-banner")).contains("Check before saving", "Nothing has been saved yet",
                "That is £49,833.33 a month in rent");
        assertThat(browser.text("#housing-rent-check")).contains("Is this right?");
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        browser.screenshotsAt("record-check-before-saving", 320, 768);
        browser.find("#housing-rent").clear();
        browser.find("#housing-rent").sendKeys("115");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-notification-banner")).contains("Check the changes not yet sent, under Sharing");
        assertThat(browser.text("#unsent ~ table")).contains("For the Luton council benefits office", "Rent", "£110.00", "£115.00");
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        browser.screenshotsAt("household-unsent-changes", 320, 768);
        browser.open("/staff");
        assertThat(browser.text("#waiting ~ table")).contains("Changes not sent yet to the Luton council benefits office");
        browser.open("/staff/households/" + reference.display());
        browser.clickAndWait(browser.find("form[action$='/updates'] button"));
        assertThat(browser.text(".govuk-notification-banner")).contains("Sent 1 update.");
        assertThat(browser.pageText()).doesNotContain("Changes not sent yet");
        assertThat(browser.text("#sharing ~ table")).contains("the Luton council benefits office: an update");
        browser.assertAccessible();

        signInAs(Role.COUNCIL_OFFICER);
        browser.clickAndWait(browser.find("nav a[href='/staff/inbox']"));
        browser.clickAndWait(browser.driver.findElement(By.xpath("(//main//a[text()='" + reference.display() + "'])[1]")));
        assertThat(browser.pageText()).contains("A change of circumstances", "£110.00", "£115.00").doesNotContain("£11,500.00");
    }

    private void signInAs(Role role) {
        browser.driver.manage().deleteAllCookies();
        browser.open("/staff/sign-in");
        signIn(login.account(role), StaffLogin.PASSWORD);
        assertThat(browser.path()).isEqualTo("/staff");
    }
}
