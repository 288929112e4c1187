package org.wealthcrm.web.bizdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.TestFixture;

/** The one resolver of {@code ?date=}: every page and API that shows figures of a business date goes through it. */
@CrmWebTest
class AsOfArgumentResolverTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    @WithUserDetails("hq1")
    void pageWhenNoDateAskedThenLatestPublishedDateAndPickerInModel() throws Exception {
        mvc.perform(get("/cockpit"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("asOf", Fixture.LATEST))
                .andExpect(model().attribute("dates", List.of(Fixture.LATEST, Fixture.PREVIOUS, Fixture.FIRST)));
    }

    @Test
    @WithUserDetails("hq1")
    void pageWhenEarlierPublishedDateAskedThenThatDate() throws Exception {
        mvc.perform(get("/coverage").param("date", "2026-11-18"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("asOf", Fixture.FIRST));
    }

    @Test
    @WithUserDetails("hq1")
    void pageWhenDateNotPublishedThen404NamingTheDate() throws Exception {
        mvc.perform(get("/cockpit/kpi").param("date", "2026-11-21"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("业务日期 2026-11-21 没有已发布的数据")));
    }

    @Test
    @WithUserDetails("hq1")
    void pageWhenDateMalformedThen400WithTheExpectedForm() throws Exception {
        mvc.perform(get("/customers").param("date", "20261120"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("业务日期格式应为 yyyy-MM-dd（例如 2026-11-20），收到：20261120")));
    }

    @Test
    @WithUserDetails("rgm1")
    void apiWhenDateMalformedThen400() throws Exception {
        mvc.perform(get("/api/cockpit/breakdown").param("date", "2026-13-01")).andExpect(status().isBadRequest());
    }

    @Test
    @WithUserDetails("rm1")
    void pageWhenLatestOnlyAndDateAskedThenLatestDateAnyway() throws Exception {
        mvc.perform(get("/pool").param("date", "2026-11-18"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("asOf", Fixture.LATEST));
    }

    @Test
    void requestedWhenBlankThenNoneAndWhenPaddedThenParsed() {
        assertThat(AsOfArgumentResolver.requested(null)).isNull();
        assertThat(AsOfArgumentResolver.requested("  ")).isNull();
        assertThat(AsOfArgumentResolver.requested(" 2026-11-19 ")).isEqualTo(LocalDate.of(2026, 11, 19));
    }
}
