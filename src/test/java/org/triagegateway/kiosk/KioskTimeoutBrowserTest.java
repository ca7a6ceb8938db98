package org.triagegateway.kiosk;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

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
