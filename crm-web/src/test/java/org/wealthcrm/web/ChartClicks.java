package org.wealthcrm.web;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Real pointer clicks on ECharts bars, as a user drills down a cockpit. */
public final class ChartClicks {

    private static final int ATTEMPTS = 3;

    private ChartClicks() {
    }

    /**
     * Clicks the middle of the first bar of chart {@code id} until the page follows it to a URL containing
     * {@code urlPart}: a click that lands while ECharts is still laying the chart out is lost, a user clicks again.
     */
    public static void drillFirstBar(WebDriver browser, String id, String urlPart) {
        drillBar(browser, id, 0, urlPart);
    }

    /** As {@link #drillFirstBar}, for bar {@code index} of the first series. */
    public static void drillBar(WebDriver browser, String id, int index, String urlPart) {
        for (int attempt = 1; ; attempt++) {
            clickBar(browser, id, index);
            try {
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(urlPart));
                return;
            } catch (TimeoutException lost) {
                if (attempt == ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }

    private static void clickBar(WebDriver browser, String id, int index) {
        WebElement chart = browser.findElement(By.id(id));
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("arguments[0].scrollIntoView({block: 'center'});", chart);
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) script.executeScript("""
                const chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));
                const bar = chart.getModel().getSeriesByIndex(0).getData().getItemLayout(arguments[1]);
                return [bar.x + bar.width / 2, bar.y + bar.height / 2];
                """, id, index);
        int dx = point.get(0).intValue() - chart.getSize().getWidth() / 2;
        int dy = point.get(1).intValue() - chart.getSize().getHeight() / 2;
        new Actions(browser).moveToElement(chart, dx, dy).pause(Duration.ofMillis(200)).click().perform();
    }
}
