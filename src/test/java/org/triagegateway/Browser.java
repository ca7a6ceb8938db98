package org.triagegateway;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser for page tests: Debian's chromium and chromedriver (installed by .ci/run with
 * apt-get), never one that a tool downloads. CHROMIUM and CHROMEDRIVER override the paths.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final WebDriver driver;
    private final URI base;
    private int shots;

    public Browser(URI base) {
        this(base, true);
    }

    /**
     * A browser with JavaScript switched off, as some kiosks and people have it: the pages must work
     * without it. WebDriver's own scripts still run (Selenium reads the page through them), the page's
     * do not, so axe-core cannot run here: check accessibility with JavaScript on.
     */
    public static Browser withoutJavaScript(URI base) {
        return new Browser(base, false);
    }

    private Browser(URI base, boolean javaScript) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver (as .ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1024,1366",
                "--lang=en-GB", "--disable-gpu");
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        this.driver = new ChromeDriver(service, options);
        // a page that never finishes (a template failing half way) fails the test instead of hanging it
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // As a kiosk on the same machine would: Micronaut refuses a form posted to a server on this
        // machine from a page whose origin is not localhost (a drive-by attack on a local server).
        this.base = URI.create("http://localhost:" + base.getPort());
    }

    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    public String path() {
        URI current = URI.create(driver.getCurrentUrl());
        return current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The element's text, shown or not (a closed details element hides its text from getText). */
    public String text(String css) {
        return find(css).getDomProperty("textContent").strip().replaceAll("\\s+", " ");
    }

    /** Clicks something that loads a new page, and waits until the new page has replaced the old. */
    public void clickAndWait(WebElement element) {
        whileLoadingNewPage(element::click);
    }

    /**
     * Does something that loads a page, then waits for the new page: the old page's window carries
     * a mark the new one does not.
     */
    public void whileLoadingNewPage(Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.tgOldPage = true");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return window.tgOldPage === undefined && document.readyState === 'complete'")));
    }

    public String pageText() {
        return find("body").getText();
    }

    /**
     * axe-core's rules, all of them, on the page as it is now: no violations allowed. With
     * -Dscreenshots=true each page checked is also saved as a picture to look at.
     */
    public void assertAccessible() {
        if (Boolean.getBoolean("screenshots")) {
            screenshot(String.format("%03d", ++shots) + path().replaceAll("[^a-z0-9]+", "-"));
        }
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as("axe-core violations on %s:%n%s", path(), violations.stream()
                        .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /**
     * The page as it is now, at {@code width} CSS pixels: nothing wider than the window, so nobody
     * scrolls sideways to read it (WCAG 1.4.10; a wide table may scroll in a box of its own).
     */
    public void assertReflowsAt(int width) {
        Dimension window = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(width, window.getHeight()));
            long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0) {
                // the innermost elements that reach past the edge: what to mend
                Object culprits = ((JavascriptExecutor) driver).executeScript("""
                        const edge = document.documentElement.clientWidth;
                        const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > edge + 1);
                        return wide.filter(e => !wide.some(o => o !== e && e.contains(o))).slice(0, 5)
                            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                                + ' "' + (e.textContent || '').trim().slice(0, 40) + '"').join('; ');""");
                assertThat(overflow).as("pixels past the right edge of %s at %d px, from %s", path(), width, culprits)
                        .isLessThanOrEqualTo(0);
            }
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** With -Dscreenshots=true, pictures of the page as it is at each of these widths (target/screenshots). */
    public void screenshotsAt(String name, int... widths) {
        if (!Boolean.getBoolean("screenshots")) {
            return;
        }
        // as a person sees it: with its web fonts, not the fallback shown while they load
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        ((JavascriptExecutor) driver).executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");
        Dimension window = driver.manage().window().getSize();
        try {
            for (int width : widths) {
                driver.manage().window().setSize(new Dimension(width, window.getHeight()));
                // laid out and painted again at this width before the picture
                ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200)))");
                screenshot(name + "-" + width);
            }
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /**
     * The page as the browser prints it on A4, as a person pressing "Print" gets it: its number of pages.
     * With -Dscreenshots=true the PDF is kept in target/screenshots to look at (pdftoppm).
     */
    public int printedPages(String name) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(options).getContent());
        try {
            if (Boolean.getBoolean("screenshots")) {
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve(name + ".pdf"), pdf);
            }
            try (PDDocument document = Loader.loadPDF(pdf)) {
                return document.getNumberOfPages();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A picture of the page for people to look at (target/screenshots), full height. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Dimension window = driver.manage().window().getSize();
            long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(height + 140, window.getHeight())));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(window);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
