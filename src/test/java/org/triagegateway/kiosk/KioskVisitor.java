package org.triagegateway.kiosk;

import org.triagegateway.Browser;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone using the kiosk through a real browser: one method a page, each checking that the page
 * is the one expected and that axe-core finds nothing wrong with it before answering.
 */
final class KioskVisitor {

    private final Browser browser;

    KioskVisitor(Browser browser) {
        this.browser = browser;
    }

    KioskVisitor start(String language) {
        browser.open("/kiosk?lang=" + language);
        browser.assertAccessible();
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        return this;
    }

    KioskVisitor date(String question, LocalDate date) {
        on(question);
        fill(question + "-day", String.valueOf(date.getDayOfMonth()));
        fill(question + "-month", String.valueOf(date.getMonthValue()));
        fill(question + "-year", String.valueOf(date.getYear()));
        return submit();
    }

    KioskVisitor choose(String question, String value) {
        on(question);
        browser.find("input[name='" + question + "'][value='" + value + "']").click();
        return submit();
    }

    /** A choice from a long list (every council): a select. */
    KioskVisitor select(String question, String value) {
        on(question);
        new org.openqa.selenium.support.ui.Select(browser.find("select#" + question)).selectByValue(value);
        return submit();
    }

    KioskVisitor yes(String question) {
        return choose(question, "yes");
    }

    KioskVisitor no(String question) {
        return choose(question, "no");
    }

    KioskVisitor money(String question, String amount, String frequency) {
        on(question);
        fill(question + "-amount", amount);
        if (frequency != null) {
            browser.find("input[name='" + question + "-frequency'][value='" + frequency + "']").click();
        }
        return submit();
    }

    KioskVisitor type(String question, String value) {
        on(question);
        fill(question, value);
        return submit();
    }

    /** Checks the answers page and asks for the results; returns the reference shown. */
    String confirm() {
        assertThat(browser.path()).isEqualTo("/kiosk/check");
        browser.assertAccessible();
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/kiosk/results");
        browser.assertAccessible();
        return browser.text("#reference");
    }

    void on(String question) {
        assertThat(browser.path()).as("the page after the last answer, which says: %s", browser.pageText())
                .isEqualTo("/kiosk/questions/" + question);
        browser.assertAccessible();
    }

    private void fill(String id, String value) {
        WebElement input = browser.find("#" + id);
        input.clear();
        input.sendKeys(value);
    }

    private KioskVisitor submit() {
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        return this;
    }
}
