package com.crmbridge.app.web.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's Chromium ({@code /usr/bin/chromium}, Debian's package) driven through its own chromedriver, so
 * that nothing is downloaded: Selenium Manager is bypassed by naming both binaries. Each instance has a fresh
 * profile directory, removed on {@link #close()}.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    private static final int WIDTH = 1440;
    private static final int HEIGHT = 900;
    /** How long a page may take to answer; a bound for a stuck page, not a speed requirement. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Path profile;
    private final ChromeDriver driver;

    HeadlessChromium() {
        try {
            profile = Files.createTempDirectory("crmbridge-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a profile directory for Chromium", e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(BINARY.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--lang=zh-CN",
                        "--window-size=" + WIDTH + "," + HEIGHT,
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** A wait that looks again when the page re-rendered the element it was reading. */
    FluentWait<WebDriver> waiting() {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class);
    }

    /** Waits until the console has rendered the page the URL names (or shown why it could not). */
    WebElement page(String name) {
        waiting().until(ExpectedConditions.attributeToBe(By.id("page"), "data-page", name));
        waiting().until(browser -> !"loading"
                .equals(browser.findElement(By.id("page")).getAttribute("data-state")));
        WebElement page = driver.findElement(By.id("page"));
        if ("error".equals(page.getAttribute("data-state"))) {
            throw new AssertionError("The console could not show " + name + ": " + page.getText());
        }
        return page;
    }

    /** Saves the whole page, not only the window, as a PNG, e.g. for the documentation. */
    void screenshot(Path file) {
        Object height = ((JavascriptExecutor) driver)
                .executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        int contentHeight = height instanceof Number number ? number.intValue() : HEIGHT;
        int fullHeight = Math.max(HEIGHT, Math.min(contentHeight, 6000));
        driver.manage().window().setSize(new Dimension(WIDTH, fullHeight));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screenshot " + file, e);
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the Chromium profile " + profile, e);
        }
    }
}
