package org.wealthcrm.web.targetlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

/**
 * Over next-day.sql: head office publishes "AUM ≥ 5万, product T00003 (R3)" on 2026-11-21, which gives members T01
 * (rm1's) and T04 (RM004's); T02 (C2) and T03 (expired assessment) are excluded.
 */
@CrmWebTest
@Transactional
@Sql("/org/wealthcrm/web/coverage/next-day.sql")
class TargetListControllerTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    RequestPostProcessor as(String username) {
        UserDetails details = users.loadUserByUsername(username);
        return user(details);
    }

    long createList(String username) throws Exception {
        mvc.perform(post("/target-lists").with(as(username)).with(csrf())
                        .param("listName", "债基推广").param("prodCategory", "FUND").param("prodCode", "T00003")
                        .param("startDate", "2026-11-21").param("endDate", "2026-12-31").param("aumMin", "50000"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(list_id) from target_list", Long.class);
    }

    long publishedList() throws Exception {
        long listId = createList("hq1");
        mvc.perform(post("/target-lists/" + listId + "/publish").with(as("hq1")).with(csrf()))
                .andExpect(redirectedUrl("/target-lists/" + listId))
                .andExpect(flash().attribute("notice", "名单已发布"));
        return listId;
    }

    @Test
    void publishWhenHeadOfficeThenMembersWithReasonsAndExclusionsShown() throws Exception {
        long listId = publishedList();
        mvc.perform(get("/target-lists/" + listId).with(as("hq1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测甲")))
                .andExpect(content().string(containsString("测丁")))
                .andExpect(content().string(containsString("AUM 70万 ≥ 5万")))
                .andExpect(content().string(containsString("<span id=\"excluded-no-assessment\">1</span>")))
                .andExpect(content().string(containsString("<span id=\"excluded-unsuitable\">1</span>")))
                .andExpect(content().string(not(containsString("测乙"))))
                .andExpect(content().string(not(containsString("测丙"))));
    }

    @Test
    void viewWhenOrderedByPropensityThenLikeliestFundBuyerFirstWithItsScore() throws Exception {
        long listId = publishedList();
        // FUND list: T01 0.8100 beats T04 0.2000; T04's WEALTH 0.9900 is another category and must not count
        jdbc.update("insert into customer_propensity (biz_date, cust_id, category, score) values"
                + " (date '2026-11-21', 'T01', 'FUND', 0.8100), (date '2026-11-21', 'T04', 'FUND', 0.2000),"
                + " (date '2026-11-21', 'T04', 'WEALTH', 0.9900)");

        String byAum = mvc.perform(get("/target-lists/" + listId).with(as("hq1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String byPropensity = mvc.perform(get("/target-lists/" + listId).param("order", "propensity")
                        .with(as("hq1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // AUM order: T04 (700,000) before T01 (123,000); propensity order: T01 (0.8100) before T04 (0.2000)
        assertThat(byAum.indexOf("测丁")).isLessThan(byAum.indexOf("测甲"));
        assertThat(byPropensity.indexOf("测甲")).isLessThan(byPropensity.indexOf("测丁"));
        assertThat(byPropensity).contains(">0.8100</td>").contains(">0.2000</td>").doesNotContain("0.9900");
    }

    @Test
    void viewWhenRelationshipManagerThenOnlyOwnMembersAndCompliancePhonesMasked() throws Exception {
        long listId = publishedList();
        mvc.perform(get("/target-lists/" + listId).with(as("rm1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测甲")))
                .andExpect(content().string(containsString("13800000001")))
                .andExpect(content().string(not(containsString("测丁"))))
                .andExpect(content().string(not(containsString("excluded-unsuitable"))));
        mvc.perform(get("/target-lists/" + listId).with(as("rm2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您的范围内暂无名单成员")));
        mvc.perform(get("/target-lists/" + listId).with(as("cmp1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("138****0001")))
                .andExpect(content().string(not(containsString("13800000001"))));
        mvc.perform(get("/target-lists").with(as("rm1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("债基推广")));
    }

    @Test
    void viewWhenDraftThenHiddenFromRelationshipManagersAndOtherBranches() throws Exception {
        long listId = createList("bm1");
        assertThat(jdbc.queryForObject("select owner_path from target_list where list_id = ?", String.class, listId))
                .isEqualTo("/HO000/R01/B0101/");
        mvc.perform(get("/target-lists/" + listId).with(as("rm1"))).andExpect(status().isForbidden());
        mvc.perform(post("/target-lists/" + listId + "/publish").with(as("rm1")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/target-lists/" + listId).with(as("bm1"))).andExpect(status().isOk());
    }

    @Test
    void createWhenRelationshipManagerOrInvalidThenRefused() throws Exception {
        mvc.perform(post("/target-lists").with(as("rm1")).with(csrf())
                        .param("listName", "x").param("startDate", "2026-11-21").param("endDate", "2026-12-31"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/target-lists").with(as("hq1")).with(csrf())
                        .param("listName", "x").param("startDate", "2026-11-21").param("endDate", "2026-12-31")
                        .param("tiers", "VIP9"))
                .andExpect(redirectedUrl("/target-lists/new"))
                .andExpect(flash().attribute("refusal", "客户级别取值无效：VIP9"));
        mvc.perform(post("/target-lists").with(as("hq1"))
                        .param("listName", "x").param("startDate", "2026-11-21").param("endDate", "2026-12-31"))
                .andExpect(status().isForbidden());
    }

    @Test
    void exportWhenRmOrPublisherThenOwnScopeRowsAndComplianceOrTeamLeadRefused() throws Exception {
        long listId = publishedList();
        assertThat(exportedIds(listId, "rm1")).containsExactly("T01");
        assertThat(exportedIds(listId, "hq1")).containsExactly("T04", "T01");
        assertThat(exportedIds(listId, "bm1")).containsExactly("T01");
        mvc.perform(get("/target-lists/" + listId + "/export.xlsx").with(as("cmp1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/target-lists/" + listId + "/export.xlsx").with(as("tl1")))
                .andExpect(status().isForbidden());
    }

    @Test
    void contactWhenRmRecordsOutcomeThenServiceRecordLinkedToListAndOthersRefused() throws Exception {
        long listId = publishedList();
        mvc.perform(post("/target-lists/" + listId + "/contacts").with(as("rm1")).with(csrf())
                        .param("custId", "T01").param("outcome", "INTERESTED").param("note", "下周面谈"))
                .andExpect(redirectedUrl("/target-lists/" + listId))
                .andExpect(flash().attribute("notice", "已登记联系结果"));
        Map<String, Object> record = jdbc.queryForMap("select sr.staff_id, sr.service_type, sr.outcome, sr.content,"
                + " ct.outcome as list_outcome from target_list_contact ct"
                + " join service_record sr on sr.record_id = ct.record_id where ct.list_id = ?", listId);
        assertThat(record).containsEntry("staff_id", "RM001").containsEntry("service_type", "CALL")
                .containsEntry("outcome", "INTENT").containsEntry("list_outcome", "INTERESTED")
                .containsEntry("content", "目标名单「债基推广」：有意向。下周面谈");
        mvc.perform(post("/target-lists/" + listId + "/contacts").with(as("rm1")).with(csrf())
                        .param("custId", "T04").param("outcome", "REACHED"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/target-lists/" + listId + "/contacts").with(as("rm1")).with(csrf())
                        .param("custId", "C001").param("outcome", "REACHED"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from target_list_contact", Integer.class)).isEqualTo(1);
    }

    private List<String> exportedIds(long listId, String username) throws Exception {
        byte[] body = mvc.perform(get("/target-lists/" + listId + "/export.xlsx").with(as(username)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> ids = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("入选原因");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    ids.add(row.getCell(0).getStringCellValue());
                }
            }
        }
        return ids;
    }
}
