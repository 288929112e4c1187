package org.wealthcrm.web.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

import com.jayway.jsonpath.JsonPath;

/**
 * The KPI view of the leadership cockpit (/cockpit/kpi): drill-down bank → region → branch → team → RM, MoM/YoY,
 * scope. Customers and AUM shown are checked against the mart recomputed here by plain SQL (managing unit = the
 * main manager's org unit from customer_manager, the home branch for pool customers) and against hand-worked sums.
 */
@CrmWebTest
class KpiCockpitTests {

    /** Customers and AUM on 2026-11-20 per child org unit of ?, straight from the mart and the relationships. */
    private static final String MART_BY_CHILD_ORG = """
            select o.org_code, count(*) as customers, sum(m.aum) as aum
              from customer_metrics m
              join org_unit home on home.org_code = m.branch_code
              left join customer_manager cm on cm.cust_id = m.cust_id and cm.rel_type = 'M'
              left join staff s on s.staff_id = cm.staff_id
              left join org_unit team on team.org_code = s.org_code
              join org_unit o on o.parent_code = ?
                              and coalesce(team.org_path, home.org_path) like o.org_path || '%'
             where m.biz_date = date '2026-11-20'
             group by o.org_code order by o.org_code""";
    private static final String MART_BY_RM_OF_ORG = """
            select cm.staff_id, count(*) as customers, sum(m.aum) as aum
              from customer_metrics m
              join customer_manager cm on cm.cust_id = m.cust_id and cm.rel_type = 'M'
              join staff s on s.staff_id = cm.staff_id
             where m.biz_date = date '2026-11-20' and s.org_code = ?
             group by cm.staff_id order by cm.staff_id""";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    @WithUserDetails("hq1")
    void childrenWhenHeadOfficeThenRegionsMatchTheMart() throws Exception {
        // fixture.sql: R01 = C001..C005 (12,468,800.50), R02 = C006 45,000 + C007 12,345.67 = 57,345.67
        assertThat(apiChildren("HO000")).isEqualTo(Map.of("R01", "6|12468800.50", "R02", "2|57345.67"))
                .isEqualTo(mart(MART_BY_CHILD_ORG, "HO000"));
    }

    @Test
    @WithUserDetails("bm1")
    void childrenWhenBranchThenTeamsThenRmsMatchTheMart() throws Exception {
        // S010101 = RM001 (C001 8,200,000 + C002 1,250,000.50) + RM002 (C003 620,000) + pool C008 800
        //         = 10,070,800.50; S010102 = RM003's C004 98,000
        assertThat(apiChildren("B0101")).isEqualTo(Map.of("S010101", "4|10070800.50", "S010102", "1|98000.00"))
                .isEqualTo(mart(MART_BY_CHILD_ORG, "B0101"));
        assertThat(apiChildren("S010101")).isEqualTo(Map.of("RM001", "2|9450000.50", "RM002", "1|620000.00"))
                .isEqualTo(mart(MART_BY_RM_OF_ORG, "S010101"));
    }

    @Test
    @WithUserDetails("hq1")
    void pageWhenHeadOfficeThenMomAndYoyPercentOfEachRegion() throws Exception {
        // bank: 466,146.17 / 12,060,000 = 3.865 % -> 3.87 %; 2,426,146.17 / 10,100,000 = 24.021 % -> 24.02 %
        // R01: 468,800.50 / 12,000,000 = 3.91 %; R02: -2,654.33 / 60,000 = -4.42 %, YoY base 0 -> "—"
        String page = mvc.perform(get("/cockpit/kpi").param("date", "2026-11-20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kpi-mom-pct\">3.87%")))
                .andExpect(content().string(containsString("id=\"kpi-yoy-pct\">24.02%")))
                .andExpect(content().string(containsString("href=\"/cockpit/kpi?org=R01&amp;date=2026-11-20&amp;period=day\"")))
                .andReturn().getResponse().getContentAsString();
        String r02 = page.substring(page.indexOf("data-unit=\"R02\""), page.indexOf("id=\"kpi-total\""));
        assertThat(r02).contains("<td class=\"text-end mom\">-4.42%</td>", "<td class=\"text-end yoy\">—</td>");
        assertThat(page.substring(page.indexOf("data-unit=\"R01\""))).contains("<td class=\"text-end mom\">3.91%</td>");
    }

    @Test
    @WithUserDetails("rm1")
    void unitWhenRmThenOwnRowOnlyAndOtherUnitsRefused() throws Exception {
        mvc.perform(get("/api/cockpit/kpi/unit").param("date", "2026-11-20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value("RM001"))
                .andExpect(jsonPath("$.aum").value(9450000.50))
                .andExpect(jsonPath("$.aumMomChange").value(150000.50));
        mvc.perform(get("/api/cockpit/kpi/children").param("date", "2026-11-20"))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/cockpit/kpi/children").param("org", "S010102")).andExpect(status().isForbidden());
    }

    @Test
    @Transactional
    @WithUserDetails("tl1")
    void pageWhenListRatesComputedThenShownPerRmAndDashWhenNull() throws Exception {
        jdbc.update("update kpi_day set list_contact_rate = 0.7500, list_conversion_rate = 0.3333"
                + " where biz_date = date '2026-11-20' and unit_level = 'RM' and unit_id = 'RM001'");
        // 0.7500 -> 75.00 %, 0.3333 -> 33.33 %; RM002 has no list rates (null) -> dashes
        String page = mvc.perform(get("/cockpit/kpi").param("date", "2026-11-20"))
                .andReturn().getResponse().getContentAsString();
        String rm001 = page.substring(page.indexOf("data-unit=\"RM001\""));
        assertThat(rm001.substring(0, rm001.indexOf("</tr>"))).contains(">75.00% / 33.33%<");
        String rm002 = page.substring(page.indexOf("data-unit=\"RM002\""));
        assertThat(rm002.substring(0, rm002.indexOf("</tr>"))).contains("list-rates\">— / —<");
    }

    @Test
    @WithUserDetails("bm1")
    void pageWhenBranchManagerAsksForAnotherRegionThen403() throws Exception {
        mvc.perform(get("/cockpit/kpi").param("org", "R02")).andExpect(status().isForbidden());
        mvc.perform(get("/api/cockpit/kpi/unit").param("org", "B0201")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("tl1")
    void unitWhenTeamLeadAndMonthThenTeamMonthRowWithoutBase() throws Exception {
        // November so far: (9,830,000 + 9,950,700 + 10,070,800.50) / 3 = 9,950,500.17; no October date -> no MoM
        mvc.perform(get("/api/cockpit/kpi/unit").param("date", "2026-11-20").param("period", "month"))
                .andExpect(jsonPath("$.unitId").value("S010101"))
                .andExpect(jsonPath("$.aumAvg").value(9950500.17))
                .andExpect(jsonPath("$.aumMomChange").doesNotExist());
        mvc.perform(get("/api/cockpit/kpi/children").param("date", "2026-11-20"))
                .andExpect(jsonPath("$[*].unitId").value(org.hamcrest.Matchers.contains("RM001", "RM002")));
    }

    private Map<String, String> apiChildren(String org) throws Exception {
        String json = mvc.perform(get("/api/cockpit/kpi/children").param("org", org).param("date", "2026-11-20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(json, "$[*]");
        Map<String, String> figures = new LinkedHashMap<>();
        rows.forEach(r -> figures.put((String) r.get("unitId"), r.get("customers") + "|"
                + new BigDecimal(r.get("aum").toString()).setScale(2)));
        return figures;
    }

    private Map<String, String> mart(String sql, String parent) {
        Map<String, String> figures = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            figures.put(rs.getString(1), rs.getLong(2) + "|" + rs.getBigDecimal(3).setScale(2));
        }, parent);
        return figures;
    }
}
