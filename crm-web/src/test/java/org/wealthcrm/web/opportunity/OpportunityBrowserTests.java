package org.wealthcrm.web.opportunity;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.HeadlessChromium;

/** Real headless Chromium: rm1 creates an opportunity, moves its stage, sees the history and the funnel chart. */
@CrmWebTest
class OpportunityBrowserTests {

    private static final String SUBJECT = "浏览器测试-养老理财规划";

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

    /** The pages commit through the running server: remove what this test created. */
    @AfterEach
    void stopBrowserAndRemoveOpportunity() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        jdbc.update("delete from opportunity_history where opp_id in (select opp_id from opportunity where subject = ?)",
                SUBJECT);
        jdbc.update("delete from opportunity where subject = ?", SUBJECT);
    }

    @Test
    void createWhenStageMovedThenHistoryListedAndFunnelDrawn() {
        logIn("rm1");
        browser.get(url("/opportunities/new"));
        browser.findElement(By.id("custId")).sendKeys("C002");
        browser.findElement(By.id("subject")).sendKeys(SUBJECT);
        new Select(browser.findElement(By.id("prodCategory"))).selectByValue("WEALTH");
        browser.findElement(By.id("expectedAmount")).sendKeys("800000");
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('expectedSignDate').value = '2026-12-18';");
        new Select(browser.findElement(By.id("stage"))).selectByValue("LEAD");
        browser.findElement(By.id("save-opportunity")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("stage-form")));
        assertThat(browser.findElement(By.id("opportunity-subject")).getText()).isEqualTo(SUBJECT);

        new Select(browser.findElement(By.id("new-stage"))).selectByValue("PROPOSAL");
        WebElement probability = browser.findElement(By.id("new-probability"));
        probability.clear();
        probability.sendKeys("50");
        browser.findElement(By.id("new-note")).sendKeys("已提交资产配置方案");
        browser.findElement(By.id("save-stage")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(
                By.id("current-stage"), "方案建议"));

        List<WebElement> history = browser.findElements(By.cssSelector("#history-table tbody tr"));
        assertThat(history).hasSize(2);
        assertThat(history.get(1).getText()).contains("初步接洽", "方案建议", "50", "已提交资产配置方案");
        assertThat(browser.findElement(By.id("days-in-stage")).getText()).startsWith("本阶段第 0 天");

        browser.get(url("/opportunities/pipeline"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.attributeToBe(
                By.id("opportunity-funnel"), "data-loaded", "true"));
        assertThat(browser.findElements(By.cssSelector("#opportunity-funnel canvas"))).isNotEmpty();
        Object proposalAmount = ((JavascriptExecutor) browser).executeScript("""
                const option = echarts.getInstanceByDom(document.getElementById('opportunity-funnel')).getOption();
                return option.series[0].data.length + '|' + option.series[0].data[2].name + '|'
                       + option.series[0].data[2].value;""");
        assertThat(proposalAmount).isEqualTo("5|方案建议|800000");
    }

    private void logIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo123");
        browser.findElement(By.id("login-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/customers"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
