package org.triagegateway.kiosk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.triagegateway.Browser;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a shared kiosk must do for the next person: "finish and clear" leaves nothing of the last
 * person in the page, its history or its cookies; mistakes are explained in place; the journey
 * works by keyboard alone and in Urdu, right to left.
 */
@MicronautTest
class KioskSharedDeviceBrowserTest extends BrowserTestBase {

    /** The header's "finish and clear my answers", on every page of a check. */
    private static final String FINISH = "header .tg-finish a";

    @Inject
    HouseholdService households;

    @Test
    void finishAndClearLeavesNothingOfThePersonInTheBrowserOrItsHistory() {
        String reference = singlePersonFromDateOfBirth(visitor.start("en")).confirm();
        assertThat(browser.pageText()).contains(reference);

        browser.clickAndWait(browser.find(FINISH));
        // asked first, with the reference to keep
        assertThat(browser.path()).isEqualTo("/kiosk/finish");
        assertThat(browser.text("#reference")).isEqualTo(reference);
        browser.assertAccessible();
        browser.clickAndWait(browser.find("#clear"));

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

    @ParameterizedTest
    @ValueSource(strings = {"en", "pl", "ur"})
    void finishAndClearAsksFirstAndNoGoesBackToTheSamePageWithTheAnswersKept(String language) {
        ResourceBundle words = words(language);
        visitor.start(language).date("date-of-birth", LocalDate.of(1988, 6, 3));
        visitor.on("citizen");

        browser.clickAndWait(browser.find(FINISH));

        assertThat(browser.path()).isEqualTo("/kiosk/finish");
        assertThat(browser.driver.getTitle()).isEqualTo(words.getString("finish.title") + " – " + words.getString("page.title.suffix"));
        assertThat(browser.text("h1")).isEqualTo(words.getString("finish.title"));
        assertThat(browser.all("#reference")).as("no reference before the results").isEmpty();
        assertThat(browser.pageText()).contains(words.getString("finish.noResults"));
        assertThat(browser.text("#clear")).isEqualTo(words.getString("finish.confirm"));
        assertThat(browser.text("#go-back")).isEqualTo(words.getString("finish.cancel"));
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        browser.screenshotsAt("finish-no-results-" + language, 320, 768);

        browser.clickAndWait(browser.find("#go-back"));
        assertThat(browser.path()).isEqualTo("/kiosk/questions/citizen");
        browser.open("/kiosk/questions/date-of-birth");
        assertThat(browser.find("#date-of-birth-year").getDomProperty("value")).isEqualTo("1988");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pl", "ur"})
    void theReferenceIsShownBeforeClearingOnceThereAreResults(String language) {
        String reference = singlePersonFromDateOfBirth(visitor.start(language)).confirm();

        browser.clickAndWait(browser.find(FINISH));

        assertThat(browser.text("#reference")).isEqualTo(reference);
        assertThat(browser.pageText()).contains(words(language).getString("finish.reference.text"))
                .doesNotContain(words(language).getString("finish.noResults"));
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        browser.screenshotsAt("finish-reference-" + language, 320, 768);
        browser.clickAndWait(browser.find("#go-back"));
        assertThat(browser.path()).isEqualTo("/kiosk/results");
    }

    /** Someone began a new check in a second tab: the first tab's form belongs to the check that ended. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "pl", "ur"})
    void aPageLeftOpenInASecondTabHasExpiredAndOffersTheWayOn(String language) {
        ResourceBundle words = words(language);
        visitor.start(language).date("date-of-birth", LocalDate.of(1990, 1, 2));
        visitor.on("citizen");
        String first = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        visitor.start(language).date("date-of-birth", LocalDate.of(1970, 3, 4)).yes("citizen").no("partner");
        visitor.on("children");
        browser.driver.close();
        browser.driver.switchTo().window(first);

        browser.find("input[name=citizen][value=yes]").click();
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.text("h1")).isEqualTo(words.getString("message.forbidden.title"));
        assertThat(browser.driver.getTitle()).doesNotStartWith(words.getString("error.prefix"));
        assertThat(browser.pageText()).contains(words.getString("message.forbidden.text"));
        assertThat(browser.text("#carry-on")).isEqualTo(words.getString("message.carryOn"));
        assertThat(browser.text("#start-again")).isEqualTo(words.getString("message.startAgain"));
        assertThat(browser.find("#start-again").getDomAttribute("href")).isEqualTo("/kiosk?lang=" + language);
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        browser.screenshotsAt("expired-in-session-" + language, 320, 768);

        browser.clickAndWait(browser.find("#carry-on"));
        assertThat(browser.path()).as("where the check in this browser is now").isEqualTo("/kiosk/questions/children");
        browser.open("/kiosk/questions/partner");
        assertThat(browser.find("input[name=partner][value=no]").isSelected()).as("nothing was changed").isTrue();
    }

    /** "Finish and clear" in a second tab: a form left open in the first has no session to go to. */
    @Test
    void aFormSentAfterAnotherTabClearedTheAnswersHasExpiredAndOffersANewCheck() {
        visitor.start("en").date("date-of-birth", LocalDate.of(1990, 1, 2)).yes("citizen");
        visitor.on("partner");
        String first = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.open("/kiosk/questions/partner");
        browser.clickAndWait(browser.find(FINISH));
        browser.clickAndWait(browser.find("#clear"));
        browser.driver.close();
        browser.driver.switchTo().window(first);

        browser.find("input[name=partner][value=yes]").click();
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.path()).isEqualTo("/kiosk/expired?lang=en");
        assertThat(browser.text("h1")).isEqualTo("This page has expired");
        assertThat(browser.all(FINISH)).isEmpty();
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        browser.screenshotsAt("expired-en", 320, 768);
        browser.clickAndWait(browser.find("main a.govuk-button"));
        assertThat(browser.path()).isEqualTo("/kiosk?lang=en");
        // a form that says its language (check your answers) leads to the page in that language
        for (String language : List.of("pl", "ur")) {
            browser.open("/kiosk/expired?lang=" + language);
            assertThat(browser.text("h1")).isEqualTo(words(language).getString("message.forbidden.title"));
            assertThat(browser.text("main a.govuk-button")).isEqualTo(words(language).getString("message.startAgain"));
            browser.assertAccessible();
            browser.assertReflowsAt(320);
            browser.screenshotsAt("expired-" + language, 320, 768);
        }
    }

    /**
     * GOV.UK's pattern: "Error: " begins the page title when a form has a mistake, so it is heard first;
     * the heading and the error summary do not say it; each message beside a field begins with it,
     * hidden from sight, for screen readers (https://design-system.service.gov.uk/components/error-message/).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "pl", "ur"})
    void errorIsSaidInThePageTitleAndNotInTheHeadingOrTheSummary(String language) {
        ResourceBundle words = words(language);
        String prefix = words.getString("error.prefix");
        String question = words.getString("q.dateOfBirth.title");
        visitor.start(language);
        visitor.on("date-of-birth");
        browser.clickAndWait(browser.find("main form button[type=submit]"));

        assertThat(browser.driver.getTitle()).isEqualTo(prefix + " " + question + " – " + words.getString("page.title.suffix"));
        assertThat(browser.text("h1")).isEqualTo(question);
        assertThat(browser.text(".govuk-error-summary__title")).isEqualTo(words.getString("error.title"));
        assertThat(browser.text(".govuk-error-summary__list")).isEqualTo(words.getString("q.dateOfBirth.error"));
        assertThat(browser.text("#date-of-birth-error")).isEqualTo(prefix + " " + words.getString("q.dateOfBirth.error"));
        assertThat(browser.text("#date-of-birth-error .govuk-visually-hidden")).isEqualTo(prefix);
        assertThat(browser.text("main")).as("the prefix is said once on the page, beside the field")
                .containsOnlyOnce(prefix);
    }

    /**
     * Urdu is set in Noto Nastaliq Urdu, from this service and nowhere else; an English page never
     * downloads it. A browser of its own, with nothing in its cache: a font the cache holds may be
     * taken from it by any page that declares it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void urduPagesAreSetInNastaliqFromThisServiceAndOtherPagesLoadNoFont() {
        try (Browser fresh = new Browser(server.getURI())) {
            fresh.open("/kiosk?lang=en");
            Map<String, Object> english = fonts(fresh);
            assertThat((List<?>) english.get("requests")).as("fonts an English page downloads").isEmpty();
            assertThat((List<Object>) english.get("faces")).as("declared, not loaded").containsOnly("unloaded");

            fresh.open("/kiosk?lang=ur");
            Map<String, Object> urdu = fonts(fresh);
            assertThat((List<Object>) urdu.get("faces")).as("the Nastaliq font faces and their state").containsOnly("loaded");
            assertThat(urdu.get("check")).as("document.fonts.check for Urdu text").isEqualTo(true);
            assertThat((List<Object>) urdu.get("requests")).isNotEmpty()
                    .allSatisfy(url -> assertThat((String) url).startsWith(urdu.get("origin") + "/kiosk-assets/fonts/"));
            assertThat((String) urdu.get("heading")).startsWith("\"Noto Nastaliq Urdu\"");
            assertThat(fontsDrawing(fresh, "h1")).as("the fonts the heading is drawn in (Chromium's DevTools)")
                    .contains("Noto Nastaliq Urdu (web font)");
            fresh.assertAccessible();
            fresh.assertReflowsAt(320);
        }
    }

    /**
     * The fonts of the page as it is once its fonts are ready: the Nastaliq faces' states, the font
     * files it downloaded, and document.fonts.check for Urdu text (asked last: in Chromium, asking
     * starts a load).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fonts(Browser browser) {
        browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => {
                  const seen = {
                    faces: Array.from(document.fonts).filter((f) => f.family.replace(/["']/g, '') === 'Noto Nastaliq Urdu')
                        .map((f) => f.status),
                    requests: performance.getEntriesByType('resource').map((e) => e.name)
                        .filter((name) => /[.](woff2?|ttf|otf)([?#]|$)/.test(name)),
                    origin: location.origin,
                    heading: getComputedStyle(document.querySelector('h1')).fontFamily,
                  };
                  seen.check = document.fonts.check('16px "Noto Nastaliq Urdu"', 'اردو');
                  done(seen);
                });
                """);
    }

    /** The fonts Chromium draws an element's text in, as its DevTools say: "family (web font)" or "family". */
    @SuppressWarnings("unchecked")
    private static List<String> fontsDrawing(Browser browser, String css) {
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        Map<String, Object> root = (Map<String, Object>) chrome.executeCdpCommand("DOM.getDocument", Map.of()).get("root");
        Object node = chrome.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root.get("nodeId"), "selector", css)).get("nodeId");
        chrome.executeCdpCommand("CSS.enable", Map.of());
        List<Map<String, Object>> fonts = (List<Map<String, Object>>) chrome.executeCdpCommand("CSS.getPlatformFontsForNode",
                Map.of("nodeId", node)).get("fonts");
        return fonts.stream().map(f -> f.get("familyName") + (Boolean.TRUE.equals(f.get("isCustomFont")) ? " (web font)" : "")).toList();
    }

    private static ResourceBundle words(String language) {
        return ResourceBundle.getBundle("i18n.kiosk", "en".equals(language) ? Locale.ROOT : Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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

        visitor.date("date-of-birth", LocalDate.of(1990, 2, 28)).yes("citizen");
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
        chooseByKeyboard("citizen", "yes");
        chooseByKeyboard("partner", "no");
        typeInto("children", "0");
        typeInto("other-adults", "0");
        chooseByKeyboard("home", "rent_free");
        typeInto("postcode", "ME15 6JQ");
        chooseByKeyboard("council-tax-bill", "no");
        chooseByKeyboard("work", "no");
        typeInto("savings-amount", "0");
        chooseByKeyboard("health", "no");
        chooseByKeyboard("carer", "no");
        chooseByKeyboard("fact-housing-electricityBillPayer", "yes");
        chooseByKeyboard("fact-claimant-pregnant", "not-known");
        chooseByKeyboard("fact-claimant-recentNationalInsurance", "yes");
        assertThat(browser.path()).isEqualTo("/kiosk/check");
        assertThat(browser.text("main")).as("the council the postcode gave, to be seen and changed").contains("ME15 6JQ (council: Maidstone)");
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
                .yes("citizen")
                .no("partner")
                .type("children", "0")
                .type("other-adults", "0")
                .choose("home", "private_rent")
                .money("rent", "725", "MONTHLY")
                .type("postcode", "LU1 1AA")
                .choose("council", "E06000032")
                .money("council-tax", "1400", null)
                .choose("work", "no")
                .money("savings", "0", null)
                .no("health")
                .no("carer")
                .no("fact-claimant-recentNationalInsurance");
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
