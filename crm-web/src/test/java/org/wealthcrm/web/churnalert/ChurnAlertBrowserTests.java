package org.wealthcrm.web.churnalert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wealthcrm.web.ChartClicks;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.HeadlessChromium;

/**
 * Headless Chromium: head office opens the churn alert overview (fixture: one open alert, C006 in R02, AUM 45,000),
 * the chart is drawn from dashboards/churn-alerts.json and a click on R02's bar drills down to its branches; then a
 * refused target split shows its reason (nothing is saved, so other tests see no targets).
 */
@CrmWebTest
class ChurnAlertBrowserTests {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    HeadlessChromium chromium;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void overviewWhenHeadOfficeClicksRegionBarThenBranchesOfTheRegion() {
        logIn("hq1", "demo123");
        browser.get(url("/churn-alerts/overview"));
        waitForChart("alert-breakdown");
        // regions R01 (no open alert) and R02 (C006): two bars; total 1 alert, 45,000.00 at risk
        assertThat(seriesLength("alert-breakdown")).isEqualTo(2);
        assertThat(browser.findElement(By.id("breakdown-total")).getText()).isEqualTo("合计 1 45,000.00");

        ChartClicks.drillBar(browser, "alert-breakdown", 1, "org=R02");
        waitForChart("alert-breakdown");
        assertThat(seriesLength("alert-breakdown")).isEqualTo(1);
        assertThat(browser.findElement(By.id("breakdown")).getText()).contains("广州分行 1 45,000.00");
    }

    @Test
    void splitWhenHeadOfficeEntersHalfCustomerThenRefusalShownOnTheForm() {
        logIn("hq1", "demo123");
        browser.get(url("/goals/split?month=2026-11&unit=HO000&metric=NEW_VIP"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("split-form")));
        List<WebElement> values = browser.findElements(By.name("value"));
        assertThat(values).as(() -> browser.getCurrentUrl() + " " + browser.getPageSource()).hasSize(2);
        values.get(0).sendKeys("1.5");
        browser.findElement(By.cssSelector("#split-form button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("refusal")));
        assertThat(browser.findElement(By.id("refusal")).getText()).isEqualTo("新增贵宾客户目标须为整数");
    }

    private void logIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/customers"));
    }

    private void waitForChart(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.attributeToBe(
                By.id(id), "data-loaded", "true"));
    }

    private long seriesLength(String id) {
        Object length = ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                        + ".getOption().series[0].data.length;", id);
        return ((Number) length).longValue();
    }


    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
