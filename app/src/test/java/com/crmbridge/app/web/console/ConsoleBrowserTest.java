package com.crmbridge.app.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.crmbridge.app.flow.RunOutcome;
import com.crmbridge.app.flow.RunRequest;
import com.crmbridge.app.flow.RunService;
import com.crmbridge.app.flow.RunStatus;
import com.crmbridge.sync.SyncListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console as a team lead uses it, in a real headless Chromium against the real application on the shipped
 * sample data (loaded by the application's own run, asOf 2026-11-15 12:00 Shanghai, as samples/README.md
 * documents), plus a second file connector whose rows are all bad, so that the rejects page has something to
 * show. One application context and one browser serve every test; tests run in the order a person would click.
 * Each test saves its page as {@code <page>.png}: under {@code app/target/screenshots}, or in
 * {@code docs/screenshots} for the README and docs/console.md with {@code -Dconsole.screenshots=docs}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {
    private static final Path MODULE =
            Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    /**
     * Where the screenshots go: {@code app/target/screenshots}, so that a test run leaves the checkout clean, or
     * the documentation's {@code docs/screenshots} when run with {@code -Dconsole.screenshots=docs}.
     */
    private static final Path SCREENSHOTS = "docs".equals(System.getProperty("console.screenshots"))
            ? MODULE.resolve("../docs/screenshots").normalize()
            : MODULE.resolve("target/screenshots");

    private static final String USER = "lead";
    private static final String PASSWORD = "console-test-password";

    @DynamicPropertySource
    static void sampleCompany(DynamicPropertyRegistry properties) throws IOException {
        Path out = Files.createTempDirectory("crmbridge-console-out-");
        properties.add("crmbridge.security.users." + USER, () -> PASSWORD);
        properties.add("spring.datasource.url", () -> "jdbc:h2:mem:console-browser;DB_CLOSE_DELAY=-1");
        // The shipped samples, as the README's first command reads them.
        properties.add("crmbridge.connectors.samples.type", () -> "csv");
        properties.add("crmbridge.connectors.samples.read", () -> "true");
        properties.add(
                "crmbridge.connectors.samples.settings.directory",
                () -> MODULE.resolve("../samples").normalize().toString());
        // A second export whose every row is bad, for the rejects page.
        properties.add("crmbridge.connectors.legacy.type", () -> "csv");
        properties.add("crmbridge.connectors.legacy.read", () -> "true");
        properties.add(
                "crmbridge.connectors.legacy.settings.directory",
                () -> MODULE.resolve("src/test/resources/console/legacy").toString());
        properties.add("crmbridge.connectors.results.type", () -> "csv");
        properties.add("crmbridge.connectors.results.read", () -> "false");
        properties.add("crmbridge.connectors.results.write", () -> "true");
        properties.add("crmbridge.connectors.results.settings.output-directory", () -> out.toString());
    }

    /** The instant samples/README.md computes its alerts at. */
    private static final Instant AS_OF =
            OffsetDateTime.parse("2026-11-15T12:00:00+08:00").toInstant();

    @LocalServerPort
    int port;

    @Autowired
    RunService runs;

    private HeadlessChromium chromium;

    @BeforeAll
    void loadTheSampleCompanyThroughARun() {
        RunOutcome outcome = runs.run(RunRequest.everything("cli", AS_OF, false, new SyncListener() {}));
        assertThat(outcome.status()).as(String.valueOf(outcome.message())).isNotEqualTo(RunStatus.FAILED);
    }

    @BeforeAll
    void startBrowserAndSignIn() {
        assumeTrue(
                HeadlessChromium.installed(),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        chromium = new HeadlessChromium();
        chromium.open(url("/console/"));
        // Not signed in yet: the console sits behind the API's form login.
        chromium.waiting().until(ExpectedConditions.urlContains("/login"));
        // the sign-in page speaks the configured language, Chinese by default
        assertThat(chromium.driver().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("zh-CN");
        chromium.screenshot(SCREENSHOTS.resolve("sign-in.png"));
        chromium.driver().findElement(By.name("username")).sendKeys(USER);
        chromium.driver().findElement(By.name("password")).sendKeys(PASSWORD);
        chromium.driver()
                .findElement(By.cssSelector("form button[type=submit], form input[type=submit]"))
                .click();
        chromium.page("connectors");
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @Order(1)
    void signedInUserSeesTheConnectorsWithTheirLastRun() {
        chromium.open(url("/console/#/connectors"));
        WebElement page = chromium.page("connectors");

        assertThat(chromium.driver().findElement(By.id("user")).getText()).contains(USER);
        WebElement samples = page.findElement(By.cssSelector("#connectors tr[data-connector=samples]"));
        assertThat(samples.getText()).contains("csv");
        assertThat(samples.findElement(By.cssSelector(".status")).getText()).isEqualTo("成功");
        assertThat(page.findElements(By.cssSelector("#runs tbody tr"))).isNotEmpty();
    }

    @Test
    @Order(2)
    void leaderboardShowsTheSampleManagersOfThePeriodAndTeam() {
        chromium.open(url("/console/#/scorecards?period=2026-Q3"));
        WebElement page = chromium.page("scorecards");

        // Every manager, active or not, has a scorecard: 20 in the sample company.
        assertThat(page.findElements(By.cssSelector("#leaderboard tbody tr"))).hasSize(20);
        // M010's csat fell to 5 of 12 in 2026-Q3 (samples/README.md): 41.7 % in Chinese formatting.
        WebElement wu = page.findElement(By.cssSelector("#leaderboard tr[data-manager=M010]"));
        assertThat(wu.getText()).contains("吴刚").contains("41.7%");

        new Select(page.findElement(By.id("scorecard-team"))).selectByVisibleText("华东大客户部");
        chromium.waiting().until(browser -> leaderboard().size() == 7);
        page = chromium.page("scorecards");
        List<WebElement> east = leaderboard();
        assertThat(east).hasSize(7);
        // Ranks are within the team, 1 to 7, in order.
        assertThat(east.stream()
                        .map(row -> row.findElement(By.cssSelector("td")).getText()))
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(page.findElements(By.cssSelector("#leaderboard .badge.rating")))
                .hasSize(7);
        chromium.screenshot(SCREENSHOTS.resolve("scorecards.png"));
    }

    @Test
    @Order(3)
    void clickingAManagerShowsEveryFiguresExplanationAndTrendCharts() {
        chromium.open(url("/console/#/scorecards?period=2026-Q3"));
        chromium.page("scorecards")
                .findElement(By.cssSelector("#leaderboard tr[data-manager=M010] a.manager-link"))
                .click();
        WebElement page = chromium.page("manager");

        assertThat(page.findElement(By.tagName("h1")).getText()).contains("吴刚").contains("2026-Q3");
        WebElement csat = page.findElement(By.cssSelector("#explanations tr[data-figure=csat]"));
        assertThat(csat.getText()).contains("41.7%");
        assertThat(csat.findElement(By.cssSelector(".formula")).getText())
                .contains("5")
                .contains("12");
        assertThat(csat.findElements(By.cssSelector(".records .raw"))).isNotEmpty();
        WebElement bonus = page.findElement(By.cssSelector("#explanations tr[data-figure=bonus]"));
        assertThat(bonus.findElement(By.cssSelector(".formula")).getText()).contains("0.5");
        // ECharts draws each trend on a canvas of its own, one point per period with a score.
        for (String chart : List.of("trend-score", "trend-attainment", "trend-csat")) {
            chromium.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
            assertThat(Integer.parseInt(page.findElement(By.id(chart)).getAttribute("data-points")))
                    .isGreaterThan(4);
        }
        chromium.screenshot(SCREENSHOTS.resolve("explanation.png"));
    }

    @Test
    @Order(4)
    void alertsFilterByTypeSeverityTeamAndManager() {
        chromium.open(url("/console/#/alerts"));
        WebElement page = chromium.page("alerts");
        assertThat(page.findElements(By.cssSelector("#alerts tbody tr"))).hasSize(74);

        new Select(page.findElement(By.id("alert-type"))).selectByValue("UNRESOLVED_COMPLAINT");
        chromium.waiting()
                .until(browser -> shownTypes(page).size() == 10
                        && shownTypes(page).stream().allMatch("UNRESOLVED_COMPLAINT"::equals));
        assertThat(rows(page)).allSatisfy(row -> {
            assertThat(row.getAttribute("data-type")).isEqualTo("UNRESOLVED_COMPLAINT");
            assertThat(row.getAttribute("data-severity")).isEqualTo("HIGH");
        });
        assertThat(page.findElement(By.id("alerts")).getText())
                .contains("F00631")
                .contains("F00780");

        choose(page, "alert-type", "OVERLOAD");
        choose(page, "alert-team", "华东大客户部");
        chromium.waiting().until(browser -> shownTypes(page).equals(List.of("OVERLOAD")));
        assertThat(rows(page).get(0).getAttribute("data-manager")).isEqualTo("M003");

        choose(page, "alert-type", "SATISFACTION_DROP");
        choose(page, "alert-team", "华南大客户部");
        choose(page, "alert-manager", "M010");
        chromium.waiting().until(browser -> shownTypes(page).equals(List.of("SATISFACTION_DROP")));
        assertThat(rows(page).get(0).getText()).contains("吴刚");

        choose(page, "alert-type", "");
        choose(page, "alert-team", "");
        choose(page, "alert-manager", "");
        choose(page, "alert-severity", "HIGH");
        // 5 stale key accounts, 30 deals overdue by more than 30 days, 10 unresolved complaints.
        chromium.waiting().until(browser -> rows(page).size() == 5 + 30 + 10);
        assertThat(rows(page))
                .allSatisfy(row -> assertThat(row.getAttribute("data-severity")).isEqualTo("HIGH"));
        chromium.screenshot(SCREENSHOTS.resolve("alerts.png"));
    }

    @Test
    @Order(5)
    void rejectsShowWhereWhyAndTheRawValue() {
        chromium.open(url("/console/#/rejects?connector=legacy"));
        WebElement page = chromium.page("rejects");

        List<WebElement> rejects = page.findElements(By.cssSelector("#rejects tbody tr[data-stream=DEALS]"));
        assertThat(rejects).hasSize(3);
        String text = page.findElement(By.id("rejects")).getText();
        assertThat(text)
                .contains("deals.csv")
                .contains("-5000.00")
                .contains("签约中")
                .contains("2026-13-45");
        chromium.screenshot(SCREENSHOTS.resolve("rejects.png"));
    }

    @Test
    @Order(6)
    void runNowStartsARunThatAppearsInTheHistory() {
        chromium.open(url("/console/#/connectors"));
        WebElement page = chromium.page("connectors");
        int before = page.findElements(By.cssSelector("#runs tbody tr")).size();

        page.findElement(By.cssSelector("button.run-now[data-connector=legacy]"))
                .click();

        chromium.waiting()
                .until(browser ->
                        browser.findElements(By.cssSelector("#runs tbody tr")).size() > before);
        chromium.waiting().until(browser -> !"RUNNING"
                .equals(browser.findElement(By.cssSelector("#runs tbody tr")).getAttribute("data-status")));
        WebElement newest = chromium.driver().findElement(By.cssSelector("#runs tbody tr"));
        assertThat(newest.getText()).contains("legacy");
        assertThat(chromium.driver().findElement(By.id("notice")).getText()).contains("legacy");
        chromium.screenshot(SCREENSHOTS.resolve("connectors.png"));
    }

    @Test
    @Order(7)
    void switchingToEnglishTranslatesTheConsoleAndFormatsForTheLocale() {
        chromium.open(url("/console/#/scorecards?period=2026-Q3"));
        chromium.page("scorecards");
        new Select(chromium.driver().findElement(By.id("language"))).selectByValue("en");
        chromium.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#page h1"), "Scorecards"));
        WebElement page = chromium.page("scorecards");

        assertThat(chromium.driver()
                        .findElement(By.cssSelector("#tabs a[data-page=alerts]"))
                        .getText())
                .isEqualTo("Alerts");
        assertThat(page.findElement(By.cssSelector("#leaderboard thead")).getText())
                .contains("Attainment");
        // Money keeps two decimals with English grouping, e.g. ¥1,234,567.00.
        assertThat(page.findElement(By.cssSelector("#leaderboard tr[data-manager=M010]"))
                        .getText())
                .containsPattern("¥\\d{1,3}(,\\d{3})*\\.\\d{2}");

        new Select(chromium.driver().findElement(By.id("language"))).selectByValue("zh-CN");
        chromium.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#page h1"), "绩效考核"));
    }

    private List<WebElement> leaderboard() {
        return chromium.driver().findElements(By.cssSelector("#leaderboard tbody tr"));
    }

    /** Picks an option by value in a select the page may just have rebuilt. */
    private static void choose(WebElement page, String select, String value) {
        new Select(page.findElement(By.id(select))).selectByValue(value);
    }

    /** The types of the alerts shown, in order. */
    private static List<String> shownTypes(WebElement page) {
        return rows(page).stream()
                .map(row -> String.valueOf(row.getAttribute("data-type")))
                .toList();
    }

    private static List<WebElement> rows(WebElement page) {
        return page.findElements(By.cssSelector("#alerts tbody tr"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
