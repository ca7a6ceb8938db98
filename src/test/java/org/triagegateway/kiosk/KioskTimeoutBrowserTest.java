package org.triagegateway.kiosk;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Browser;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kiosk left alone: the warning comes first (with JavaScript), "carry on" keeps the answers,
 * and when nobody answers the warning the session is wiped, in the browser and on the server.
 * The timings are seconds here so the test is short (minutes in application.yml): the page ends
 * the session 5 seconds before the server would, so the warning shows 7 seconds after a page loads.
 */
@MicronautTest
@Property(name = "triage.kiosk.idle-timeout", value = "20s")
@Property(name = "triage.kiosk.warning-before", value = "8s")
class KioskTimeoutBrowserTest extends BrowserTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void theWarningComesFirstAndCarryOnKeepsTheAnswers() {
        visitor.start("en").date("date-of-birth", LocalDate.of(1980, 1, 1));
        WebElement dialog = browser.find("#tg-timeout");
        new WebDriverWait(browser.driver, PATIENCE).until(ExpectedConditions.visibilityOf(dialog));
        assertThat(dialog.getText()).contains("We will clear your answers soon");
        browser.assertAccessible();

        browser.find("#tg-timeout [data-keep]").click();
        new WebDriverWait(browser.driver, PATIENCE).until(ExpectedConditions.invisibilityOf(dialog));
        browser.open("/kiosk/questions/date-of-birth");
        assertThat(browser.find("#date-of-birth-year").getDomProperty("value")).isEqualTo("1980");
    }

    @Test
    void nobodyAnsweringTheWarningWipesTheSession() {
        visitor.start("en").date("date-of-birth", LocalDate.of(1980, 1, 1));

        new WebDriverWait(browser.driver, PATIENCE).until(ExpectedConditions.urlContains("/kiosk/ended"));

        assertThat(browser.text("h1")).isEqualTo("Your answers were cleared");
        browser.assertAccessible();
        // Back reaches the question that was on screen: asked for again, it is gone with the session.
        browser.driver.navigate().back();
        assertThat(browser.path()).isEqualTo("/kiosk");
        assertThat(browser.all("input[name=csrf]")).isEmpty();
        browser.open("/kiosk/questions/date-of-birth");
        assertThat(browser.path()).isEqualTo("/kiosk");
    }

    /**
     * Without JavaScript there is no warning: the page itself goes to /kiosk/ended once the session
     * is over. That page clears the browser too, so Back brings back nothing of the person, not even
     * a page the browser kept in memory (a no-store page may still be kept for Back while nothing changes).
     */
    @Test
    void withoutJavaScriptBackAfterTheTimeoutShowsNothingOfThePerson() {
        try (Browser noScript = Browser.withoutJavaScript(server.getURI())) {
            noScript.open("/kiosk?lang=en");
            submit(noScript);
            answer(noScript, "date-of-birth", Map.of("date-of-birth-day", "12", "date-of-birth-month", "4", "date-of-birth-year", "1977"));
            answer(noScript, "citizen", Map.of("citizen", "yes"));
            answer(noScript, "partner", Map.of("partner", "no"));
            answer(noScript, "children", Map.of("children", "0"));
            answer(noScript, "other-adults", Map.of("other-adults", "0"));
            answer(noScript, "home", Map.of("home", "rent_free"));
            answer(noScript, "postcode", Map.of("postcode", "ME15 6JQ"));
            answer(noScript, "council-tax-bill", Map.of("council-tax-bill", "no"));
            answer(noScript, "work", Map.of("work", "no"));
            answer(noScript, "savings", Map.of("savings-amount", "4321"));
            answer(noScript, "health", Map.of("health", "no"));
            answer(noScript, "carer", Map.of("carer", "no"));
            answer(noScript, "fact-housing-electricityBillPayer", Map.of("fact-housing-electricityBillPayer", "yes"));
            answer(noScript, "fact-claimant-pregnant", Map.of("fact-claimant-pregnant", "no"));
            answer(noScript, "fact-claimant-recentNationalInsurance", Map.of("fact-claimant-recentNationalInsurance", "no"));
            assertThat(noScript.path()).isEqualTo("/kiosk/check");
            assertThat(noScript.pageText()).contains("1977", "4,321");

            new WebDriverWait(noScript.driver, PATIENCE).until(ExpectedConditions.urlContains("/kiosk/ended"));
            assertThat(noScript.text("h1")).isEqualTo("Your answers were cleared");
            assertThat(noScript.driver.manage().getCookies()).as("the kiosk cookie is gone").isEmpty();

            noScript.driver.navigate().back();
            assertThat(noScript.pageText()).as("Back, on %s", noScript.path()).doesNotContain("1977").doesNotContain("4,321");
            assertThat(noScript.all("input[name=csrf]")).isEmpty();
        }
    }

    private static void answer(Browser browser, String question, Map<String, String> fields) {
        assertThat(browser.path()).as("the page after the last answer, which says: %s", browser.pageText())
                .isEqualTo("/kiosk/questions/" + question);
        fields.forEach((name, value) -> {
            WebElement field = browser.find("[name='" + name + "']" + ("radio".equals(browser.find("[name='" + name + "']")
                    .getDomAttribute("type")) ? "[value='" + value + "']" : ""));
            if ("radio".equals(field.getDomAttribute("type"))) {
                field.click();
            } else {
                field.clear();
                field.sendKeys(value);
            }
        });
        submit(browser);
    }

    /** Presses the page's button and waits for the next page (no page script to mark the old one with). */
    private static void submit(Browser browser) {
        WebElement button = browser.find("main form button[type=submit]");
        button.click();
        new WebDriverWait(browser.driver, PATIENCE).until(driver -> gone(button));
    }

    /**
     * The old page's button is gone once the next page is in. Chromium reports a button it is just
     * unloading either as stale or as "does not belong to the document": both mean the page has gone.
     */
    private static boolean gone(WebElement button) {
        try {
            button.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    @Test
    void withoutJavaScriptTheServerStillForgetsAnIdleSession() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI base = URI.create("http://localhost:" + server.getPort());
        HttpResponse<String> started = client.send(HttpRequest.newBuilder(base.resolve("/kiosk/start"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("lang=en")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = started.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpRequest question = HttpRequest.newBuilder(base.resolve("/kiosk/questions/date-of-birth")).header("Cookie", cookie).build();
        assertThat(client.send(question, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        Thread.sleep(Duration.ofSeconds(21).toMillis());

        HttpResponse<String> later = client.send(question, HttpResponse.BodyHandlers.ofString());
        assertThat(later.statusCode()).isEqualTo(303);
        assertThat(later.headers().firstValue("Location")).hasValue("/kiosk/ended");
    }
}
