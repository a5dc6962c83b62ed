package app.commerceadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by {@code .ci/run})
 * driven through Selenium, with axe-core's accessibility checks and screenshots. One browser per reader: each
 * has its own profile, so its own cookies and drafts.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go: target/screenshots, or docs/screenshots with -Dadvisor.screenshots=docs/screenshots. */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("advisor.screenshots", "target/screenshots"));

    private final ChromeDriver driver;
    private final URI base;
    private final Path profile;

    private Browser(URI base, String language) {
        assertThat(CHROMIUM).as("the browser tests need Debian's chromium, chromium-driver and fonts-noto-cjk "
                + "(apt-get install -y chromium chromium-driver fonts-noto-cjk; .ci/run installs them)").exists();
        assertThat(DRIVER).as("Debian's chromium-driver (/usr/bin/chromedriver)").exists();
        try {
            profile = Files.createTempDirectory("advisor-browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--user-data-dir=" + profile, "--lang=" + language, "--window-size=1280,1000");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.base = base;
    }

    /** A browser whose reader prefers English. */
    public static Browser open(URI base) {
        return new Browser(base, "en");
    }

    public static Browser open(URI base, String language) {
        return new Browser(base, language);
    }

    public Browser go(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Signs in on the sign-in page and waits until the browser has left it. */
    public Browser signIn(String username, String password) {
        go("/sign-in");
        type("#j_username", username);
        type("#j_password", password);
        submit("form[action='/j_security_check'] button[type=submit]");
        // the sign-in answers with a redirect to the page asked for: wait until the browser is there
        waitUntil(ignored -> !path().equals("/j_security_check") && !path().equals("/sign-in"));
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !all(css).isEmpty();
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        find(css).click();
        return this;
    }

    /** Clicks and waits until the next page has loaded (a new document, fully loaded). */
    public Browser submit(String css) {
        driver.executeScript("window.advisorPageBefore = true");
        find(css).click();
        return awaitNewPage();
    }

    private Browser awaitNewPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ignored -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.advisorPageBefore === undefined && document.readyState === 'complete'")));
        return this;
    }

    public String text() {
        return find("body").getText();
    }

    public String source() {
        return driver.getPageSource();
    }

    public Browser waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ignored -> condition.apply(driver));
        return this;
    }

    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    /** Resizes the window to a phone's (CSS pixels) or any other size. */
    public Browser size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Renders the page as it prints (CSS print media) or back on screen. */
    public Browser printMedia(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
        return this;
    }

    /** Presses keys on whatever has the focus and returns the element that has it afterwards. */
    public WebElement press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return driver.switchTo().activeElement();
    }

    /** Runs axe-core (WCAG 2.1 A and AA rules) on the page and fails on any violation, naming rule and elements. */
    public Browser assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        assertThat(results.getViolations()).as(() -> "axe-core on " + path() + ":\n" + describe(results.getViolations()))
                .isEmpty();
        assertThat(results.isErrored()).as("axe-core ran on " + path()).isFalse();
        return this;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /** A screenshot of the whole page as {@code name}.png; taller pages are captured whole. */
    public Browser screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) driver.executeScript("return Math.max(document.body.scrollHeight, 600)")).longValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 120, 6000)));
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.executeScript("window.scrollTo(0, 0)");
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
        return this;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
