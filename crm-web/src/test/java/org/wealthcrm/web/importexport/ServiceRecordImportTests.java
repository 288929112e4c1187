package org.wealthcrm.web.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;

@CrmWebTest
@Transactional
class ServiceRecordImportTests {

    @Autowired
    ServiceRecordImport importer;

    @Autowired
    DataScopes scopes;

    @Autowired
    JdbcTemplate jdbc;

    private DataScope rm1() {
        return scopes.forUser("rm1", List.of("ROLE_RM"));
    }

    private ImportReport run(List<List<String>> rows) throws IOException {
        return importer.run(rm1(), Workbooks.lines(ServiceRecordImport.HEADERS, rows, ServiceRecordImport.COLUMNS));
    }

    @Test
    void runWhenRowsValidThenImportedWithTypesGivenByName() throws IOException {
        ImportReport report = run(List.of(
                List.of("C001", "电话", "2026-11-18 10:00", "到期提醒", "需再跟进", "2026-11-25"),
                List.of("C002", "VISIT", "2026-11-19", "上门", "DEAL", "")));
        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(jdbc.queryForList("select cust_id || ':' || service_type || ':' || outcome from service_record"
                + " where staff_id = 'RM001' order by cust_id", String.class))
                .containsExactly("C001:CALL:FOLLOW", "C002:VISIT:DEAL");
    }

    @Test
    void runWhenOneRowForAnotherRmsCustomerThenNothingImportedAndRowReported() throws IOException {
        ImportReport report = run(List.of(
                List.of("C001", "CALL", "2026-11-18 10:00", "到期提醒", "FOLLOW", ""),
                List.of("C003", "CALL", "2026-11-18 11:00", "到期提醒", "FOLLOW", ""),
                List.of("C002", "CALL", "昨天", "到期提醒", "FOLLOW", "")));
        assertThat(report.imported()).isZero();
        assertThat(report.problems()).containsExactly(new ImportReport.Problem(3, "无权访问该客户"),
                new ImportReport.Problem(4, "服务时间格式应为 2026-11-20 15:30"));
        assertThat(jdbc.queryForObject("select count(*) from service_record", Integer.class)).isZero();
    }
}
