package org.wealthcrm.web.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealthcrm.web.Fixture.LATEST;

import java.io.IOException;
import java.util.ArrayList;
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
class CustomerImportTests {

    @Autowired
    CustomerImport importer;

    @Autowired
    DataScopes scopes;

    @Autowired
    JdbcTemplate jdbc;

    private DataScope bm1() {
        return scopes.forUser("bm1", List.of("ROLE_BRANCH_MANAGER"));
    }

    /** Row i: N0001…, 客户i, a valid ID and mobile, home 陆家嘴支行, RM001 for odd rows and nobody for even ones. */
    private static List<List<String>> rows(int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String n = String.format("%04d", i);
            rows.add(List.of("N" + n, "导入客户" + n, "31010119900101" + n, "1390000" + n, "S010101",
                    i % 2 == 1 ? "RM001" : ""));
        }
        return rows;
    }

    private ImportReport run(List<List<String>> rows) throws IOException {
        return importer.run(bm1(), Workbooks.lines(CustomerImport.HEADERS, rows, CustomerImport.COLUMNS), LATEST);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void runWhenThousandValidRowsThenAllImportedHalfToTheRmHalfToThePool() throws IOException {
        ImportReport report = run(rows(1000));

        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(1000);
        assertThat(count("select count(*) from customer where cust_id like 'N%'")).isEqualTo(1000);
        assertThat(count("select count(*) from customer_manager where cust_id like 'N%' and staff_id = 'RM001'"))
                .isEqualTo(500);
        assertThat(count("select count(*) from customer_pool where cust_id like 'N%' and state = 'P'"))
                .isEqualTo(500);
        assertThat(jdbc.queryForObject("select name_initials from customer where cust_id = 'N0001'", String.class))
                .isEqualTo("drkh0001");
    }

    @Test
    void runWhenOneBadRowAmongThousandThenNothingImportedAndThatRowReported() throws IOException {
        List<List<String>> rows = rows(1000);
        List<String> bad = new ArrayList<>(rows.get(499));
        bad.set(3, "1390000050");
        rows.set(499, bad);

        ImportReport report = run(rows);

        assertThat(report.imported()).isZero();
        assertThat(report.problems()).containsExactly(new ImportReport.Problem(501, "手机号须为11位数字"));
        assertThat(count("select count(*) from customer where cust_id like 'N%'")).isZero();
    }

    @Test
    void runWhenSameNameAndMobileAsExistingOrEarlierRowThenBothReportedAsDuplicates() throws IOException {
        List<List<String>> rows = new ArrayList<>(rows(2));
        rows.add(List.of("N0003", "张三", "310101198001011299", "13800001111", "S010101", ""));
        rows.add(List.of("N0004", "导入客户0001", "310101199001010004", "13900000001", "S010101", ""));

        ImportReport report = run(rows);

        assertThat(report.problems()).containsExactly(
                new ImportReport.Problem(4, "疑似重复客户：姓名和手机号与客户 C001 相同"),
                new ImportReport.Problem(5, "疑似重复客户：姓名和手机号与第2行 相同"));
    }

    @Test
    void runWhenBranchOrManagerOutsideImportersOrgThenRowsRefused() throws IOException {
        ImportReport report = run(List.of(
                List.of("N0001", "甲", "310101199001010001", "13900000001", "S020101", ""),
                List.of("N0002", "乙", "310101199001010002", "13900000002", "S010101", "RM004"),
                List.of("C001", "丙", "310101199001010003", "13900000003", "S010101", "")));
        assertThat(report.problems()).containsExactly(
                new ImportReport.Problem(2, "归属网点 S020101 不存在或不在您的机构内"),
                new ImportReport.Problem(3, "客户经理 RM004 不在您的机构或已离职"),
                new ImportReport.Problem(4, "客户号 C001 已存在"));
    }
}
