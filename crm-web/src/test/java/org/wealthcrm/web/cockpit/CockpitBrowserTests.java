package org.wealthcrm.web.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

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

/** Real headless Chromium against the running application: login form, cockpit, drawn ECharts charts, drill-down. */
@CrmWebTest
class CockpitBrowserTests {

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
    void openCockpitWhenHeadOfficeLogsInThenChartsDrawnAndBarDrillsDownToRegion() {
        logIn("hq1", "demo123");
        browser.get(url("/cockpit"));
        WebElement breakdown = waitForChart("breakdown");

        assertThat(breakdown.findElements(By.tagName("canvas"))).isNotEmpty();
        assertThat(seriesLength("breakdown")).isEqualTo(2);
        assertThat(seriesLength("tier-customers")).isEqualTo(5);
        assertThat(seriesLength("aum-trend")).isEqualTo(3);
        assertThat(browser.findElement(By.id("kpi-aum")).getText()).isEqualTo("12,526,146.17");

        ChartClicks.drillFirstBar(browser, "breakdown", "org=R01");
        waitForChart("breakdown");
        assertThat(browser.findElement(By.id("focus-name")).getText()).isEqualTo("华东区域");
        assertThat(seriesLength("breakdown")).isEqualTo(2);
        assertThat(browser.findElement(By.id("kpi-customers")).getText()).isEqualTo("6");
    }

    private void logIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/customers"));
    }

    private WebElement waitForChart(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.attributeToBe(
                By.id(id), "data-loaded", "true"));
        return browser.findElement(By.id(id));
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
