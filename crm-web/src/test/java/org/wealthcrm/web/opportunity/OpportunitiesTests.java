package org.wealthcrm.web.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/** Stage history, days in stage, sorting and totals, funnel and forecast per scope, purchase links, on PostgreSQL. */
@CrmWebTest
@Transactional
class OpportunitiesTests {

    static final DataScope RM1 = new DataScope(ScopeKind.OWN, "RM001", "S010101", "/HO000/R01/B0101/S010101/", false);
    static final DataScope RM2 = new DataScope(ScopeKind.OWN, "RM002", "S010101", "/HO000/R01/B0101/S010101/", false);
    static final DataScope HQ = new DataScope(ScopeKind.ALL, "HQ001", "HO000", "/HO000/", false);

    @Autowired
    OpportunityMapper mapper;
    @Autowired
    DataChangeLog changes;
    @Autowired
    PurchaseLinks purchases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void changeWhenStageAndProbabilityMovedThenHistoryAppendedAndDaysCountedFromStageStart() {
        long id = on("2026-11-02T10:00").create(RM1, form("C001", "100000.00", "2026-12-15", Stage.LEAD, 10));
        assertThat(on("2026-11-10T10:00").change(RM1, id, new StageChange(Stage.QUALIFIED, 30, "已确认需求"))).isTrue();
        assertThat(on("2026-11-15T10:00").change(RM1, id, new StageChange(Stage.QUALIFIED, 40, "已确认需求"))).isTrue();
        assertThat(on("2026-11-16T10:00").change(RM1, id, new StageChange(Stage.QUALIFIED, 40, "已确认需求"))).isFalse();

        Opportunities asOf20th = on("2026-11-20T10:00");
        OpportunityRow row = asOf20th.visible(RM1, id);
        // the stage began on 2026-11-10 (the probability change on the 15th does not restart it): 20 - 10 = 10 days
        assertThat(row.stageSince()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(row.daysInStage()).isEqualTo(10);
        List<HistoryRow> history = asOf20th.history(RM1, id);
        assertThat(history).extracting(HistoryRow::fromStage).containsExactly(null, "LEAD", "QUALIFIED");
        assertThat(history).extracting(HistoryRow::stage).containsExactly("LEAD", "QUALIFIED", "QUALIFIED");
        assertThat(history).extracting(HistoryRow::probability).containsExactly(10, 30, 40);
        assertThat(history).extracting(HistoryRow::bizDate).containsExactly(LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 15));
        assertThat(history.get(1).changedBy()).isEqualTo("RM001");
    }

    @Test
    void changeWhenWonThenWonDateSetAndClosedOpportunityCannotMoveAgain() {
        Opportunities opportunities = on("2026-11-18T09:00");
        long id = opportunities.create(RM1, form("C001", "50000.00", "2026-11-30", Stage.NEGOTIATION, 80));
        opportunities.change(RM1, id, new StageChange(Stage.WON, 100, null));

        assertThat(opportunities.visible(RM1, id).wonDate()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThatThrownBy(() -> opportunities.change(RM1, id, new StageChange(Stage.PROPOSAL, 50, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void editWhenAmountAndDateChangedThenRowRewrittenAuditedAndStageHistoryUntouched() {
        Opportunities opportunities = on("2026-11-20T09:00");
        long id = opportunities.create(RM1, form("C001", "100000.00", "2026-12-15", Stage.PROPOSAL, 50));
        long logged = auditEntries(id);

        opportunities.edit(RM1, id, new OpportunityDetails("机会 C001", null, new BigDecimal("150000.00"),
                LocalDate.of(2027, 1, 10), "他行", "稳健增值", null));

        OpportunityRow row = opportunities.visible(RM1, id);
        assertThat(row.expectedAmount()).isEqualByComparingTo("150000.00");
        assertThat(row.expectedSignDate()).isEqualTo(LocalDate.of(2027, 1, 10));
        // three fields changed: expected_amount, expected_sign_date, competitors
        assertThat(auditEntries(id) - logged).isEqualTo(3);
        assertThat(opportunities.history(RM1, id)).hasSize(1);
        assertThatThrownBy(() -> opportunities.edit(RM2, id, OpportunityDetails.of(row)))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void createWhenCustomerOutsideScopeThenRefusedAndOthersDoNotSeeIt() {
        Opportunities opportunities = on("2026-11-20T09:00");
        assertThatThrownBy(() -> opportunities.create(RM2, form("C001", "1.00", "2026-12-01", Stage.LEAD, 10)))
                .isInstanceOf(OutOfScopeException.class);
        long id = opportunities.create(RM1, form("C001", "1.00", "2026-12-01", Stage.LEAD, 10));

        assertThatThrownBy(() -> opportunities.visible(RM2, id)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> opportunities.change(RM2, id, new StageChange(Stage.QUALIFIED, 20, null)))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(opportunities.visible(HQ, id).custId()).isEqualTo("C001");
    }

    @Test
    void pageWhenSortedByAmountThenOrderAndTotalsOfPageAndAll() {
        Opportunities opportunities = on("2026-11-20T09:00");
        opportunities.create(RM1, form("C001", "300000.00", "2026-12-10", Stage.PROPOSAL, 50));
        opportunities.create(RM1, form("C002", "100000.00", "2026-12-05", Stage.LEAD, 10));
        opportunities.create(RM1, form("C005", "200000.00", "2027-01-20", Stage.QUALIFIED, 30));
        opportunities.create(HQ, form("C006", "999999.00", "2026-12-01", Stage.LEAD, 10));

        OpportunityPage page = opportunities.page(RM1, null, OpportunitySort.AMOUNT, true, 1);

        assertThat(page.rows()).extracting(OpportunityRow::custId).containsExactly("C001", "C005", "C002");
        // rm1 sees C001, C002, C005 only: amount 300,000 + 200,000 + 100,000 = 600,000;
        // weighted 150,000 + 60,000 + 10,000 = 220,000
        assertThat(page.allTotals().count()).isEqualTo(3);
        assertThat(page.allTotals().amount()).isEqualByComparingTo("600000.00");
        assertThat(page.allTotals().weighted()).isEqualByComparingTo("220000.00");
        assertThat(page.pageTotals().amount()).isEqualByComparingTo("600000.00");
        assertThat(opportunities.page(RM1, Stage.LEAD, OpportunitySort.fromParameter("'; drop table x"), false, 1)
                .rows()).extracting(OpportunityRow::custId).containsExactly("C002");
    }

    @Test
    void forecastWhenSigningDatesSpreadThenNextMonthAndRollingQuarterPerScope() {
        Opportunities opportunities = on("2026-11-20T09:00");
        opportunities.create(RM1, form("C001", "1000000.00", "2026-12-15", Stage.PROPOSAL, 50));
        opportunities.create(HQ, form("C006", "400000.00", "2026-12-20", Stage.NEGOTIATION, 75));
        opportunities.create(RM1, form("C002", "200000.00", "2027-02-28", Stage.LEAD, 10));
        opportunities.create(RM1, form("C005", "800000.00", "2027-03-01", Stage.QUALIFIED, 40));
        Pipeline pipeline = new Pipeline(mapper, clock("2026-11-23T08:00"));

        List<Forecast> rm1 = pipeline.forecasts(RM1);
        // December: C001 1,000,000 x 50 % = 500,000; Dec-Feb adds C002 200,000 x 10 % = 20,000 (C005 signs in March)
        assertThat(rm1.get(0).weighted()).isEqualByComparingTo("500000");
        assertThat(rm1.get(1).to()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(rm1.get(1).weighted()).isEqualByComparingTo("520000");
        assertThat(rm1.get(0).borderline()).extracting(b -> b.opportunity().custId()).containsExactly("C001");
        // head office also sees C006: 500,000 + 400,000 x 75 % = 800,000
        assertThat(pipeline.forecasts(HQ).get(0).weighted()).isEqualByComparingTo("800000");
        // funnel of rm1: LEAD 1, QUALIFIED 1, PROPOSAL 1 of 3; amount 2,000,000, PROPOSAL 1,000,000 = 0.5000
        Funnel funnel = pipeline.funnel(RM1);
        assertThat(funnel.count()).isEqualTo(3);
        assertThat(funnel.steps().get(2).amountShare()).isEqualByComparingTo("0.5000");
    }

    @Test
    void linkArrivedWhenFundPurchaseConfirmedAfterWinThenLinkedOnce() {
        Opportunities opportunities = on("2026-11-18T09:00");
        long id = opportunities.create(RM1, fundForm("000001"));
        opportunities.change(RM1, id, new StageChange(Stage.WON, 100, null));
        jdbc.update("""
                insert into fund_confirm (confirm_no, confirm_date, cust_id, ta_acct, fund_code, biz_code,
                  apply_amount, confirm_amount, marketer_id) values
                  ('CF-OLD', date '2026-11-17', 'C001', 'TA0001', '000001', '122', 10.00, 10.00, 'RM001'),
                  ('CF-RED', date '2026-11-18', 'C001', 'TA0001', '000001', '124', 20.00, 20.00, 'RM001'),
                  ('CF-NEW', date '2026-11-19', 'C001', 'TA0001', '000001', '122', 300000.00, 299000.00, 'RM001')""");

        assertThat(purchases.linkArrived()).isEqualTo(1);
        assertThat(purchases.linkArrived()).isZero();
        OpportunityRow row = opportunities.visible(RM1, id);
        // the purchase before the win and the redemption on the won date do not count
        assertThat(row.purchaseRef()).isEqualTo("CF-NEW");
        assertThat(row.purchaseDate()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(row.purchaseAmount()).isEqualByComparingTo("299000.00");
    }

    private long auditEntries(long oppId) {
        return jdbc.queryForObject("select count(*) from data_change_log where table_name = 'opportunity' "
                + "and record_key = ?", Long.class, String.valueOf(oppId));
    }

    private Opportunities on(String localDateTime) {
        return new Opportunities(mapper, changes, clock(localDateTime));
    }

    static Clock clock(String localDateTime) {
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(zone).toInstant(), zone);
    }

    static OpportunityForm form(String custId, String amount, String signDate, Stage stage, int probability) {
        return new OpportunityForm(custId, "机会 " + custId, "WEALTH", null, new BigDecimal(amount),
                LocalDate.parse(signDate), "VISIT", stage, probability, null, "稳健增值", null, null);
    }

    private static OpportunityForm fundForm(String fundCode) {
        return new OpportunityForm("C001", "沪深300定投", "FUND", fundCode, new BigDecimal("300000.00"),
                LocalDate.of(2026, 11, 30), "VISIT", Stage.NEGOTIATION, 80, "他行", "指数投资", "定投方案", null);
    }
}
