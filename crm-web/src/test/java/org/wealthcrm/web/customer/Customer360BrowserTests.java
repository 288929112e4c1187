package org.wealthcrm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import org.wealthcrm.web.CrmWebTest;

/** Headless Chromium on the customer 360 page: the new sections, and a contact added through the real form. */
@CrmWebTest
class Customer360BrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String EMAIL = "zs.browser@example.cn";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver browser;
    Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            fail("CI is set but Chromium/chromedriver are missing: apt-get install -y chromium chromium-driver");
        }
        assumeTrue(installed, "Chromium not installed");
        profile = Files.createTempDirectory("crm-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    /** The browser commits through the running app: take the contact out again so other tests see the fixture. */
    @AfterEach
    void stopBrowserAndRemoveContact() throws IOException {
        jdbc.update("delete from customer_contact where contact_value = ?", EMAIL);
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    void openCustomerWhenRelationshipManagerThenNewSectionsShownAndContactFormSaves() {
        logIn("rm1", "demo123");
        browser.get(url("/customers/C001"));

        for (String section : new String[] {"contacts", "relations", "churn", "list-memberships", "sms-history"}) {
            assertThat(browser.findElements(By.id(section))).as(section).hasSize(1);
        }
        assertThat(browser.findElements(By.id("change-log"))).isEmpty();
        // fixture: C001's churn_score on 2026-11-20 is 0.0500 -> 5.0 %
        assertThat(browser.findElement(By.id("churn-score")).getText()).isEqualTo("5.0%");
        assertThat(browser.findElement(By.id("edit-customer")).getAttribute("href")).endsWith("/customers/C001/edit");

        WebElement form = browser.findElement(By.id("contact-form"));
        new Select(form.findElement(By.name("contactType"))).selectByValue("EMAIL");
        form.findElement(By.name("contactValue")).sendKeys(EMAIL);
        form.findElement(By.name("note")).sendKeys("浏览器测试");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("contact-rows"), EMAIL));
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("联系方式已保存");
        assertThat(browser.findElement(By.id("contact-rows")).getText()).contains("电子邮箱").contains("浏览器测试");
    }

    private void logIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/customers"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
