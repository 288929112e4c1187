package org.wealthcrm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.HeadlessChromium;

/** Headless Chromium on the customer 360 page: the new sections, and a contact added through the real form. */
@CrmWebTest
class Customer360BrowserTests {

    private static final String EMAIL = "zs.browser@example.cn";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver browser;
    HeadlessChromium chromium;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    /** The browser commits through the running app: take the contact out again so other tests see the fixture. */
    @AfterEach
    void stopBrowserAndRemoveContact() throws IOException {
        jdbc.update("delete from customer_contact where contact_value = ?", EMAIL);
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void openCustomerWhenRelationshipManagerThenNewSectionsShownAndContactFormSaves() {
        logIn("rm1", "demo123");
        browser.get(url("/customers/C001"));
        // the page is long; wait for its last section rather than trusting the load event alone
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("customer-aum-trend")));

        for (String section : new String[] {"contacts", "relations", "churn", "list-memberships", "sms-history"}) {
            assertThat(browser.findElements(By.id(section))).as(() -> section + " in " + browser.getPageSource()).hasSize(1);
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
