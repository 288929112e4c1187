package org.wealthcrm.web.cockpit;

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

/** Headless Chromium: the KPI view drills down by clicking a bar; the manager cockpit draws its three charts. */
@CrmWebTest
class KpiBrowserTests {

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
    void openKpiViewWhenHeadOfficeClicksRegionBarThenBranchesOfRegion() {
        logIn("hq1");
        browser.get(url("/cockpit/kpi?date=2026-11-20"));
        waitForChart("kpi-children");
        assertThat(seriesLength("kpi-children")).isEqualTo(2); // R01, R02

        ChartClicks.drillFirstBar(browser, "kpi-children", "org=R01");
        waitForChart("kpi-children");
        assertThat(browser.getCurrentUrl()).contains("period=day");
        assertThat(browser.findElement(By.id("unit-name")).getText()).isEqualTo("华东区域");
        // R01's branches: B0101 10,168,800.50 and B0102 2,300,000 -> 1,016.88 and 230 (万元)
        assertThat(seriesData("kpi-children")).containsExactly(1016.88, 230.0);
        assertThat(browser.findElement(By.id("kpi-mom-pct")).getText()).isEqualTo("3.91%");
    }

    @Test
    void openManagerCockpitWhenRmThenOwnBookCharts() {
        logIn("rm1");
        browser.get(url("/cockpit/me?date=2026-11-20"));
        waitForChart("my-trend");
        waitForChart("my-tiers");
        waitForChart("my-positions");
        assertThat(seriesLength("my-trend")).isEqualTo(3);
        assertThat(seriesLength("my-tiers")).isEqualTo(5);
        // rm1's 3 customers all hold assets: 有持仓 3, 空仓 0
        assertThat(seriesData("my-positions")).containsExactly(3.0, 0.0);
        assertThat(browser.findElement(By.id("book-aum")).getText()).isEqualTo("11,750,000.50");
    }

    private void logIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo123");
        browser.findElement(By.id("login-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/customers"));
    }

    private void waitForChart(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.attributeToBe(
                By.id(id), "data-loaded", "true"));
    }

    private long seriesLength(String id) {
        return seriesData(id).size();
    }

    @SuppressWarnings("unchecked")
    private List<Double> seriesData(String id) {
        List<Object> data = (List<Object>) ((JavascriptExecutor) browser).executeScript("""
                const series = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption().series[0];
                return series.data.map(d => typeof d === 'object' ? d.value : d);
                """, id);
        return data.stream().map(v -> ((Number) v).doubleValue()).toList();
    }


    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
