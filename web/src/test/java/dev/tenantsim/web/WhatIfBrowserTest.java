package dev.tenantsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The what-if page in a real browser: Selenium driving headless Chromium through Debian's
 * {@code chromium-driver}, against a server the test starts. It loads the page, changes the tenant
 * count of the quickstart, runs, waits for the progress bar to finish and reads the figures of the
 * comparison; the deal desk prices a tenant three ways; every page loads; the browser's console
 * must stay free of errors. Screenshots are kept under
 * {@code target/browser-check/}. Skipped, saying why, when there is no chromium or chromedriver on
 * PATH ({@code .ci/run} installs both in CI), as the report's {@code BrowserCheckTest} does.
 */
final class WhatIfBrowserTest {
    private static String browser;
    private static String driverBinary;

    @TempDir
    Path dir;
    private WebServer server;
    private ChromeDriver driver;

    @BeforeAll
    static void findBrowser() {
        browser = find("chromium", "chromium-browser", "google-chrome");
        driverBinary = find("chromedriver");
        String why = browser == null ? "no chromium on PATH (Debian: apt-get install -y chromium chromium-driver)"
                : driverBinary == null ? "no chromedriver on PATH (Debian: apt-get install -y chromium-driver)" : null;
        if (why != null) {
            System.out.println("WhatIfBrowserTest skipped: " + why);
        }
        Assumptions.assumeTrue(why == null, why);
    }

    @BeforeEach
    void start() throws Exception {
        server = new WebServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), dir.resolve("work"),
                new WebServer.Limits(1, 2, 2));
        server.start();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(browser);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverBinary))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        server.close();
    }

    @Test
    void theWhatIfFormRunsTheQuickstartAndShowsTheComparison() throws Exception {
        driver.get(server.url());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        WebElement count = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("field-tenants-generate-count")));
        assertEquals("bundled:quickstart", new Select(driver.findElement(By.id("scenario"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("40", count.getAttribute("value"), "the form is filled with the scenario's value");
        count.clear();
        count.sendKeys("20");
        WebElement reps = driver.findElement(By.id("field-replications"));
        reps.clear();
        reps.sendKeys("1");
        driver.findElement(By.id("run")).click();
        new WebDriverWait(driver, Duration.ofMinutes(4)).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        assertEquals("1", driver.findElement(By.id("progress")).getAttribute("value"), "the progress bar finished");
        WebElement whatIf = driver.findElement(By.cssSelector("#figures tr[data-run='what-if']"));
        assertEquals("21", whatIf.findElement(By.className("tenants")).getText(), "20 generated tenants + bigco");
        WebElement base = driver.findElement(By.cssSelector("#figures tr[data-run='base']"));
        assertEquals("41", base.findElement(By.className("tenants")).getText());
        int breaching = Integer.parseInt(whatIf.findElement(By.className("breaching")).getText());
        assertTrue(breaching >= 0 && breaching <= 21, "tenants breaching: " + breaching);
        assertTrue(driver.findElement(By.id("summary")).getText().contains("common random numbers"));
        screenshot("whatif-result");

        driver.findElement(By.id("report")).click();
        wait.until(ExpectedConditions.titleContains("quickstart"));
        assertTrue(driver.getCurrentUrl().endsWith("/reports/quickstart-whatif-1/index.html"), driver.getCurrentUrl());
        screenshot("whatif-report");
        assertEquals(List.of(), errors(), "browser console errors");
    }

    @Test
    void aBadUploadShowsTheValidatorsMessageWithItsLine() throws Exception {
        driver.get(server.url());
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("field-tenants-generate-count")));
        Path bad = Files.writeString(dir.resolve("bad.yaml"), WebServerTest.CELLS.replace("count: 20", "count: -3"));
        driver.findElement(By.id("upload")).sendKeys(bad.toString());
        WebElement list = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-error-list")));
        String text = list.getText();
        assertTrue(text.startsWith("bad.yaml (uploaded):7:"), text);
        assertTrue(text.contains("tenants.generate.count"), text);
        screenshot("whatif-bad-upload");
    }

    @Test
    void theDealDeskPricesATenantAndShowsThreeOptions() throws Exception {
        driver.get(server.url() + "deal.html");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> new Select(d.findElement(By.id("like"))).getOptions().size() > 1);
        new Select(driver.findElement(By.id("like"))).selectByValue("bigco");
        WebElement users = driver.findElement(By.id("users"));
        users.clear();
        users.sendKeys("150");
        WebElement p99 = driver.findElement(By.id("p99"));
        p99.clear();
        p99.sendKeys("150");
        screenshot("deal-form");
        driver.findElement(By.id("price")).click();
        new WebDriverWait(driver, Duration.ofMinutes(4)).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        List<String> options = driver.findElements(By.cssSelector("#options th.option")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("pooled", "performance-cell", "dedicated"), options);
        for (String o : options) {
            String price = driver.findElement(By.cssSelector("#options tr[data-figure='list_price_usd'] td[data-option='" + o + "']")).getText();
            assertTrue(Double.parseDouble(price) > 0, o + " list price " + price);
        }
        assertTrue(driver.findElement(By.id("pdf")).getAttribute("href").endsWith("/deal.pdf"));
        screenshot("deal-result");
        assertEquals(List.of(), errors(), "browser console errors");
    }

    @Test
    void aBadDealShowsItsMessage() throws Exception {
        driver.get(server.url() + "deal.html");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> new Select(d.findElement(By.id("tier"))).getOptions().size() > 1);
        WebElement users = driver.findElement(By.id("users"));
        users.clear();
        users.sendKeys("-4");
        new Select(driver.findElement(By.id("tier"))).selectByValue("pro");
        driver.findElement(By.id("price")).click();
        String title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deal-error-title"))).getText();
        assertTrue(title.contains("users (-4)"), title);
        screenshot("deal-bad-input");
    }

    @Test
    void eachPageLoadsWithNoConsoleErrors() throws Exception {
        for (String page : List.of("", "deal.html")) {
            driver.get(server.url() + page);
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> new Select(d.findElement(By.id("scenario"))).getOptions().size() > 1);
            Thread.sleep(300);
            screenshot("page-" + (page.isEmpty() ? "whatif" : page.replace(".html", "")));
            assertEquals(List.of(), errors(), "browser console errors on /" + page);
        }
    }

    private List<String> errors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private void screenshot(String name) throws Exception {
        Path artifacts = Files.createDirectories(Path.of("target", "browser-check").toAbsolutePath());
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, artifacts.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String find(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String name : names) {
            for (String d : path.split(File.pathSeparator)) {
                Path f = Path.of(d, name);
                if (Files.isExecutable(f)) {
                    return f.toString();
                }
            }
        }
        return null;
    }
}
