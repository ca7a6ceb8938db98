package org.triagegateway.kiosk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a shared kiosk must do for the next person: "finish and clear" leaves nothing of the last
 * person in the page, its history or its cookies; mistakes are explained in place; the journey
 * works by keyboard alone and in Urdu, right to left.
 */
@MicronautTest
class KioskSharedDeviceBrowserTest extends BrowserTestBase {

    @Inject
    HouseholdService households;

    @Test
    void finishAndClearLeavesNothingOfThePersonInTheBrowserOrItsHistory() {
        String reference = singlePersonFromDateOfBirth(visitor.start("en")).confirm();
        assertThat(browser.pageText()).contains(reference);

        browser.clickAndWait(browser.find("header form button[type=submit]"));

        assertThat(browser.path()).isEqualTo("/kiosk/cleared?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Your answers have been cleared");
        assertThat(browser.driver.manage().getCookies()).isEmpty();
        browser.assertAccessible();
        // Every page the back button reaches is asked for again (no-store) and has nothing of theirs.
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            browser.driver.navigate().back();
            seen.add(browser.path());
            assertThat(browser.pageText()).doesNotContain(reference).doesNotContain("1998").doesNotContain("725");
            assertThat(browser.all("input[name=csrf]")).as("no form of the old session on %s", browser.path()).isEmpty();
        }
        assertThat(seen).as("the pages the back button reached").isNotEmpty();
        // The record itself stays, for the adviser the reference is given to.
        assertThat(households.get(HouseholdReference.of(reference)).household().people()).hasSize(1);
    }

    @Test
    void aMistakeIsExplainedAtTheTopAndBesideTheAnswerAndWhatWasTypedIsKept() {
        visitor.start("en");
        visitor.on("date-of-birth");
        browser.find("#date-of-birth-day").sendKeys("31");
        browser.find("#date-of-birth-month").sendKeys("2");
        browser.find("#date-of-birth-year").sendKeys("1990");
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.driver.getTitle()).startsWith("Error: What is your date of birth?");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter a real date");
        assertThat(browser.text("#date-of-birth-error")).contains("Enter a real date");
        assertThat(browser.find("#date-of-birth-day").getDomProperty("value")).isEqualTo("31");
        browser.assertAccessible();
        browser.find(".govuk-error-summary a").click();
        assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("date-of-birth-day");

        visitor.date("date-of-birth", LocalDate.of(1990, 2, 28));
        visitor.on("partner");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text(".govuk-error-summary")).contains("Choose yes if you live with a partner");
        browser.assertAccessible();

        browser.open("/kiosk/questions/partner-date-of-birth");
        assertThat(browser.text("h1")).as("a question that does not apply").isEqualTo("Page not found");
        browser.assertAccessible();
    }

    @Test
    void theWholeJourneyCanBeDoneWithTheKeyboardAlone() {
        browser.open("/kiosk");
        pressTabUntil("main form button[type=submit]");
        pressEnterAndWait();
        typeDate("date-of-birth", LocalDate.of(1985, 7, 9));
        chooseByKeyboard("partner", "no");
        typeInto("children", "0");
        chooseByKeyboard("home", "rent_free");
        typeInto("postcode", "ME15 6JQ");
        chooseByKeyboard("work", "no");
        typeInto("savings-amount", "0");
        chooseByKeyboard("health", "no");
        chooseByKeyboard("carer", "no");
        assertThat(browser.path()).isEqualTo("/kiosk/check");
        pressTabUntil("main form button[type=submit]");
        pressEnterAndWait();

        assertThat(browser.path()).isEqualTo("/kiosk/results");
        assertThat(browser.text("#reference")).matches("[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}");
    }

    @Test
    void urduIsKeptThroughTheJourneyAndLaidOutRightToLeft() {
        browser.open("/kiosk");
        browser.clickAndWait(browser.find("a[hreflang=ur]"));
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("ur");
        assertThat(browser.find("html").getDomAttribute("dir")).isEqualTo("rtl");
        browser.assertAccessible();
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        visitor.on("date-of-birth");
        assertThat(browser.find("html").getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.find("h1").getCssValue("direction")).isEqualTo("rtl");
        WebElement heading = browser.find("h1");
        assertThat(heading.getRect().getX() + heading.getRect().getWidth())
                .as("a right-to-left heading ends at the right of the page")
                .isGreaterThan(browser.find("main").getRect().getWidth() / 2);
        assertThat(heading.getText()).doesNotContain("What is your date of birth");
        singlePersonFromDateOfBirth(visitor);
        visitor.confirm();
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("ur");
        assertThat(browser.all(".govuk-summary-card [lang=en], .tg-better-off-wrapper [lang=en]"))
                .as("the rules' sentences and the better-off figure, all in Urdu").isEmpty();
        assertThat(browser.all(".govuk-summary-card")).isNotEmpty();
        ResourceBundle figure = ResourceBundle.getBundle("i18n.betteroff", Locale.forLanguageTag("ur"));
        assertThat(browser.text("#better-off-caption")).isEqualTo(figure.getString("figure.caption.you"));
        assertThat(browser.text(".tg-better-off-wrapper")).contains(figure.getString("after"));
    }

    private static KioskVisitor singlePersonFromDateOfBirth(KioskVisitor visitor) {
        return visitor.date("date-of-birth", LocalDate.of(1998, 4, 12))
                .no("partner")
                .type("children", "0")
                .choose("home", "private_rent")
                .money("rent", "725", "MONTHLY")
                .type("postcode", "LU1 1AA")
                .choose("council", "E06000032")
                .money("council-tax", "1400", null)
                .choose("work", "no")
                .money("savings", "0", null)
                .no("health")
                .no("carer");
    }

    private void typeDate(String question, LocalDate date) {
        assertThat(browser.path()).isEqualTo("/kiosk/questions/" + question);
        pressTabUntil("#" + question + "-day");
        type(String.valueOf(date.getDayOfMonth()));
        press(Keys.TAB);
        type(String.valueOf(date.getMonthValue()));
        press(Keys.TAB);
        type(String.valueOf(date.getYear()));
        pressEnterAndWait();
    }

    private void chooseByKeyboard(String question, String value) {
        assertThat(browser.path()).isEqualTo("/kiosk/questions/" + question);
        pressTabUntil("input[name='" + question + "']");
        // arrow keys move between radios of a group, and choose as they go
        for (int i = 0; i < 10 && !active().getDomAttribute("value").equals(value); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertThat(active().getDomAttribute("value")).isEqualTo(value);
        press(Keys.SPACE);
        pressTabUntil("main form button[type=submit]");
        pressEnterAndWait();
    }

    private void typeInto(String field, String value) {
        pressTabUntil("#" + field);
        type(value);
        pressEnterAndWait();
    }

    private void pressTabUntil(String css) {
        List<WebElement> targets = browser.all(css);
        for (int i = 0; i < 40; i++) {
            if (targets.contains(active())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + css + " on " + browser.path());
    }

    private void pressEnterAndWait() {
        browser.whileLoadingNewPage(() -> press(Keys.ENTER));
    }

    private WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(browser.driver).sendKeys(key).perform();
    }

    private void type(String text) {
        if (!text.isEmpty()) {
            new Actions(browser.driver).sendKeys(text).perform();
        }
    }
}
