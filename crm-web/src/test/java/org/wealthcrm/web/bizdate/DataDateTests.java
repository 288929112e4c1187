package org.wealthcrm.web.bizdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

@CrmWebTest
class DataDateTests {

    @Autowired
    WebApplicationContext context;

    @Test
    void ofWhenLatestNightOlderThanYesterdayThenStale() {
        // Friday 2026-12-04: the last working day is Thursday 12-03
        assertThat(DataDate.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 4)))
                .isEqualTo(new DataDate(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 3), true));
    }

    @Test
    void ofWhenYesterdaysNightPublishedThenNotStale() {
        assertThat(DataDate.of(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4)).stale()).isFalse();
    }

    @Test
    void ofWhenMondayAndFridaysNightPublishedThenNotStale() {
        assertThat(DataDate.of(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7)))
                .isEqualTo(new DataDate(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4), false));
    }

    @Test
    void ofWhenSundayThenLastWorkingDayIsFriday() {
        assertThat(DataDate.of(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 6)))
                .isEqualTo(new DataDate(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4), true));
    }

    @Test
    @WithUserDetails("rm1")
    void pageWhenSignedInThenDataDateShownAndWarnedAsStale() throws Exception {
        // fixture.sql publishes 2026-11-20; any later calendar than 2026-11-23 makes it stale
        TestFixture.mockMvc(context).perform(get("/workbench"))
                .andExpect(content().string(containsString("数据日期（最近一次完成的夜间批处理）：<span>2026-11-20</span>")))
                .andExpect(content().string(containsString("数据未及时更新：最近完成的夜间批处理为 2026-11-20，早于上一个工作日")));
    }
}
