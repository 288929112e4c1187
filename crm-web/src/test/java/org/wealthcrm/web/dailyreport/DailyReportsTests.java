package org.wealthcrm.web.dailyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.ScopeKind;

/** Prefilled activity, drafts and submission, and the automatic submission on the right morning. */
@CrmWebTest
@Transactional
class DailyReportsTests {

    static final DataScope RM1 = new DataScope(ScopeKind.OWN, "RM001", "S010101", "/HO000/R01/B0101/S010101/", false);
    static final DataScope RM2 = new DataScope(ScopeKind.OWN, "RM002", "S010101", "/HO000/R01/B0101/S010101/", false);
    static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @Autowired
    DailyReports reports;
    @Autowired
    DailyReportMapper mapper;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sheetWhenActivityRecordedThatDayThenPrefilledWithIt() {
        jdbc.update("""
                insert into service_record (cust_id, staff_id, service_type, served_at, content, outcome, created_at) values
                 ('C001', 'RM001', 'CALL', timestamp '2026-11-20 09:30', '回访', 'INTENT', timestamp '2026-11-20 09:40'),
                 ('C002', 'RM001', 'VISIT', timestamp '2026-11-20 23:59', '面访', 'FOLLOW', timestamp '2026-11-21 08:00'),
                 ('C001', 'RM001', 'CALL', timestamp '2026-11-21 00:00', '次日', 'INTENT', timestamp '2026-11-21 00:10'),
                 ('C003', 'RM002', 'CALL', timestamp '2026-11-20 10:00', '他人', 'INTENT', timestamp '2026-11-20 10:10')""");
        jdbc.update("""
                insert into crm_task (kind, cust_id, title, due_at, creator_id, assignee_id, status, created_at, done_at) values
                 ('TASK', 'C001', '送资料', timestamp '2026-11-20 17:00', 'TL001', 'RM001', 'DONE',
                  timestamp '2026-11-19 09:00', timestamp '2026-11-20 16:00')""");
        jdbc.update("""
                insert into fund_confirm (confirm_no, confirm_date, cust_id, ta_acct, fund_code, biz_code,
                  apply_amount, confirm_amount, marketer_id) values
                 ('D1', date '2026-11-20', 'C001', 'TA0001', '000001', '122', 50000.00, 49900.00, 'RM001'),
                 ('D2', date '2026-11-20', 'C002', 'TA0002', '000001', '124', 70000.00, 70000.00, 'RM001'),
                 ('D3', date '2026-11-20', 'C003', 'TA0003', '000001', '120', 10000.00, 10000.00, 'RM002')""");

        Activity activity = reports.sheet(RM1, FRIDAY).live();

        // two of rm1's records fall on 2026-11-20 (the one at 00:00 on the 21st does not); one task done;
        // one purchase credited (D2 is a redemption, D3 another marketer's): 49,900
        assertThat(activity.contacts()).isEqualTo(2);
        assertThat(activity.tasksDone()).isEqualTo(1);
        assertThat(activity.listReached()).isZero();
        assertThat(activity.salesCount()).isEqualTo(1);
        assertThat(activity.salesAmount()).isEqualByComparingTo("49900.00");
    }

    @Test
    void saveWhenSubmittedThenFrozenAndNoLongerEditable() {
        reports.save(RM1, FRIDAY, new ReportText("拜访两位客户", "跟进张三"), false);
        assertThat(mapper.findOwn("RM001", FRIDAY).status()).isEqualTo("DRAFT");
        assertThatThrownBy(() -> reports.save(RM1, FRIDAY, new ReportText(null, "计划"), true))
                .isInstanceOf(IllegalArgumentException.class);
        reports.save(RM1, FRIDAY, new ReportText("拜访两位客户", "跟进张三"), true);

        ReportRow saved = mapper.findOwn("RM001", FRIDAY);
        assertThat(saved.status()).isEqualTo("SUBMITTED");
        assertThat(saved.autoSubmitted()).isEqualTo("N");
        assertThatThrownBy(() -> reports.save(RM1, FRIDAY, new ReportText("改", null), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void submitOverdueWhenStartOfNextWorkingDayReachedThenDraftSubmittedAutomatically() {
        reports.save(RM2, THURSDAY, new ReportText("周四草稿", null), false);
        reports.save(RM1, FRIDAY, new ReportText("周五草稿", null), false);

        // Thursday's draft is due Friday 09:00, Friday's on Monday 2026-11-23 09:00 (weekend skipped)
        assertThat(reports.submitOverdue(LocalDateTime.of(2026, 11, 20, 8, 59))).isZero();
        assertThat(reports.submitOverdue(LocalDateTime.of(2026, 11, 20, 9, 0))).isEqualTo(1);
        assertThat(mapper.findOwn("RM002", THURSDAY).autoSubmitted()).isEqualTo("Y");
        assertThat(reports.submitOverdue(LocalDateTime.of(2026, 11, 21, 10, 0))).isZero();
        assertThat(reports.submitOverdue(LocalDateTime.of(2026, 11, 22, 23, 59))).isZero();
        assertThat(mapper.findOwn("RM001", FRIDAY).status()).isEqualTo("DRAFT");

        new AutoSubmitJob(reports, clock("2026-11-23T09:00")).run();

        ReportRow friday = mapper.findOwn("RM001", FRIDAY);
        assertThat(friday.status()).isEqualTo("SUBMITTED");
        assertThat(friday.autoSubmitted()).isEqualTo("Y");
        assertThat(friday.submittedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 0));
        assertThat(friday.summary()).isEqualTo("周五草稿");
    }

    private static Clock clock(String localDateTime) {
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(zone).toInstant(), zone);
    }
}
