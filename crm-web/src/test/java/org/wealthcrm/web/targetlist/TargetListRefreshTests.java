package org.wealthcrm.web.targetlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;

/** Lists over next-day.sql (business date 2026-11-21); product T00003 is rated R3. */
@CrmWebTest
@Transactional
@Sql("/org/wealthcrm/web/coverage/next-day.sql")
class TargetListRefreshTests {

    static final LocalDate NEXT = LocalDate.of(2026, 11, 21);
    static final LocalDate AFTER = LocalDate.of(2026, 11, 22);
    static final String BANK = "/HO000/";

    @Autowired
    TargetListMapper mapper;

    @Autowired
    CriteriaJson json;

    @Autowired
    TargetListRefresh refresh;

    @Autowired
    JdbcTemplate jdbc;

    static ListCriteria aumAtLeast(String min) {
        return new ListCriteria(new BigDecimal(min), null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    long publishedList(ListCriteria criteria, String ownerOrg, String ownerPath, String prodCode) {
        ListDraft draft = new ListDraft("测试名单", ownerOrg, ownerPath, "hq1", json.write(criteria),
                prodCode == null ? null : "FUND", prodCode, NEXT, LocalDate.of(2026, 12, 31));
        mapper.insertList(draft);
        mapper.publish(draft.getListId());
        return draft.getListId();
    }

    List<Map<String, Object>> members(long listId) {
        return jdbc.queryForList("select cust_id, reason, first_added_biz_date, last_seen_biz_date"
                + " from target_list_member where list_id = ? order by cust_id", listId);
    }

    @Test
    void refreshWhenProductListThenUnsuitableAndExpiredAssessmentExcludedAndCounted() {
        long listId = publishedList(aumAtLeast("50000"), "HO000", BANK, "T00003");

        refresh.refresh(listId, NEXT);

        assertThat(members(listId)).extracting(row -> row.get("cust_id")).containsExactly("T01", "T04");
        assertThat(members(listId)).extracting(row -> row.get("reason")).containsExactly("AUM 12.3万 ≥ 5万",
                "AUM 70万 ≥ 5万");
        TargetListRows.TargetList list = mapper.findList(listId);
        assertThat(list.memberCount()).isEqualTo(2);
        assertThat(list.excludedUnsuitable()).isEqualTo(1);
        assertThat(list.excludedNoAssessment()).isEqualTo(1);
        assertThat(list.refreshedBizDate()).isEqualTo(NEXT);
    }

    @Test
    void refreshWhenNoFundAndMaturingDepositThenOneMemberWithChineseReason() {
        ListCriteria criteria = new ListCriteria(new BigDecimal("50000"), null, null, null, null, null, null, null,
                List.of("FMM", "FBD", "FEQ"), 30, null, null, null);
        long listId = publishedList(criteria, "HO000", BANK, "T00003");

        refresh.refresh(listId, NEXT);

        assertThat(members(listId)).extracting(row -> row.get("cust_id")).containsExactly("T04");
        assertThat(members(listId).get(0).get("reason"))
                .isEqualTo("AUM 70万 ≥ 5万；未持有基金；定期存款 2026-12-05 到期");
    }

    @Test
    void refreshWhenBranchListThenOnlyCustomersUnderTheBranch() {
        long listId = publishedList(aumAtLeast("50000"), "B0101", "/HO000/R01/B0101/", null);

        refresh.refresh(listId, NEXT);

        assertThat(members(listId)).extracting(row -> row.get("cust_id")).containsExactly("T01", "T02", "T03");
    }

    @Test
    void refreshWhenCriteriaOnTierBirthdayChurnAndRiskThenMatchingOnly() {
        ListCriteria criteria = new ListCriteria(null, null, new BigDecimal("10000"), null, List.of("VIP4"), null,
                List.of("L3"), List.of("FBD"), null, null, 12, new BigDecimal("0.4"), 4);
        long listId = publishedList(criteria, "HO000", BANK, null);

        refresh.refresh(listId, NEXT);

        assertThat(members(listId)).extracting(row -> row.get("reason")).containsExactly(
                "AUM较30日日均变动 2.3万；客户级别 VIP4；活跃度 L3；持有债券基金；生日在12月；流失概率 0.50 ≥ 0.4；风险等级 C4");
    }

    @Test
    void refreshAllWhenNewBusinessDateThenMembersAddedAndRemoved() {
        long listId = publishedList(aumAtLeast("50000"), "HO000", BANK, "T00003");
        refresh.refresh(listId, NEXT);
        jdbc.update("insert into customer_metrics (biz_date, cust_id, branch_code, aum, aum_avg_30, tier,"
                + " asset_interval, activity_level, coverage, categories, main_rm, churn_score) values"
                + " (date '2026-11-22', 'T01', 'S010101', 40000, 90000, 'VIP4', 'A03', 'L3', 2, 'DD;FBD', 'RM001', 0.5),"
                + " (date '2026-11-22', 'T04', 'S020101', 710000, 690000, 'VIP3', 'A07', 'L2', 2, 'DD;TD', 'RM004', 0.1),"
                + " (date '2026-11-22', 'T05', 'S010101', 90000, 25000, 'MASS', 'A04', 'L5', 1, 'DD', 'RM001', 0.3)");

        refresh.refreshAll(AFTER);

        List<Map<String, Object>> members = members(listId);
        assertThat(members).extracting(row -> row.get("cust_id")).containsExactly("T04", "T05");
        assertThat(members).extracting(row -> row.get("first_added_biz_date").toString())
                .containsExactly("2026-11-21", "2026-11-22");
        assertThat(members).extracting(row -> row.get("last_seen_biz_date").toString())
                .containsExactly("2026-11-22", "2026-11-22");
        assertThat(mapper.findList(listId).refreshedBizDate()).isEqualTo(AFTER);
    }

    @Test
    void refreshAllWhenWindowEndedOrDraftThenListLeftAlone() {
        ListDraft draft = new ListDraft("草稿", "HO000", BANK, "hq1", json.write(aumAtLeast("0")), null, null,
                NEXT, NEXT);
        mapper.insertList(draft);
        long ended = publishedList(aumAtLeast("0"), "HO000", BANK, null);
        jdbc.update("update target_list set end_date = date '2026-11-20' where list_id = ?", ended);

        refresh.refreshAll(NEXT);

        assertThat(members(draft.getListId())).isEmpty();
        assertThat(members(ended)).isEmpty();
    }
}
