package org.wealthcrm.web.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;
import org.wealthcrm.web.scope.OutOfScopeException;

/** Head office gives R01 1,000,000 and R02 200,000 of November sales; then the region splits on. */
@CrmWebTest
@Transactional
class GoalSplitsTests {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Autowired
    GoalSplits splits;
    @Autowired
    DataScopes scopes;
    @Autowired
    JdbcTemplate jdbc;

    private DataScope scope(String username, String role) {
        return scopes.forUser(username, List.of("ROLE_" + role));
    }

    private static Map<String, BigDecimal> parts(String... codeValue) {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        for (int i = 0; i < codeValue.length; i += 2) {
            parts.put(codeValue[i], new BigDecimal(codeValue[i + 1]));
        }
        return parts;
    }

    private List<String> goals(String parent) {
        return jdbc.queryForList("select unit_code || '=' || target_value || ' ' || state from goal"
                + " where parent_code = ? and metric = 'SALES' order by unit_code", String.class, parent);
    }

    @BeforeEach
    void regions() {
        splits.split(scope("hq1", "HEAD_OFFICE"), NOVEMBER, "HO000", GoalMetric.SALES,
                parts("R01", "1000000", "R02", "200000"), false);
    }

    @Test
    void splitWhenHeadOfficeSetsRegionsThenFinalTargetsWithoutBankTotal() {
        assertThat(goals("HO000")).containsExactly("R01=1000000.00 FINAL", "R02=200000.00 FINAL");
    }

    @Test
    void splitWhenPartsDoNotAddUpThenRefusedWithDifferenceAndNothingSaved() {
        // 600,000 + 300,000 = 900,000; the region's target is 1,000,000: 100,000 short
        assertThatThrownBy(() -> splits.split(scope("rgm1", "REGIONAL_MANAGER"), NOVEMBER, "R01", GoalMetric.SALES,
                parts("B0101", "600000", "B0102", "300000"), false))
                .isInstanceOf(InvalidSplitException.class)
                .hasMessage("各部分合计 900,000.00 与本单位目标 1,000,000.00 不符（相差 100,000.00），未保存；"
                        + "如需暂存请勾选“保存为草稿”");
        assertThat(goals("R01")).isEmpty();
    }

    @Test
    void splitWhenDraftThenSavedAsDraftWhateverTheSum() {
        splits.split(scope("rgm1", "REGIONAL_MANAGER"), NOVEMBER, "R01", GoalMetric.SALES,
                parts("B0101", "600000", "B0102", "300000"), true);

        assertThat(goals("R01")).containsExactly("B0101=600000.00 DRAFT", "B0102=300000.00 DRAFT");
    }

    @Test
    void splitWhenPartsAddUpThenFinalAndDownToManagers() {
        splits.split(scope("rgm1", "REGIONAL_MANAGER"), NOVEMBER, "R01", GoalMetric.SALES,
                parts("B0101", "700000", "B0102", "300000"), false);
        splits.split(scope("bm1", "BRANCH_MANAGER"), NOVEMBER, "B0101", GoalMetric.SALES,
                parts("S010101", "500000", "S010102", "200000"), false);
        splits.split(scope("tl1", "TEAM_LEAD"), NOVEMBER, "S010101", GoalMetric.SALES,
                parts("RM001", "300000.50", "RM002", "199999.50"), false);

        assertThat(goals("B0101")).containsExactly("S010101=500000.00 FINAL", "S010102=200000.00 FINAL");
        assertThat(goals("S010101")).containsExactly("RM001=300000.50 FINAL", "RM002=199999.50 FINAL");
    }

    @Test
    void splitWhenNotTheUnitsLeaderThenRefused() {
        assertThatThrownBy(() -> splits.split(scope("bm1", "BRANCH_MANAGER"), NOVEMBER, "R01", GoalMetric.SALES,
                parts("B0101", "700000", "B0102", "300000"), false)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> splits.split(scope("rgm1", "REGIONAL_MANAGER"), NOVEMBER, "HO000", GoalMetric.SALES,
                parts("R01", "1"), false)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> splits.split(scope("rm1", "RM"), NOVEMBER, "S010101", GoalMetric.SALES,
                parts("RM001", "1"), false)).isInstanceOf(OutOfScopeException.class);
        assertThat(goals("R01")).isEmpty();
    }

    @Test
    void splitWhenNewVipTargetNotWholeOrPartNotAChildThenRefused() {
        assertThatThrownBy(() -> splits.split(scope("hq1", "HEAD_OFFICE"), NOVEMBER, "HO000", GoalMetric.NEW_VIP,
                parts("R01", "1.5"), false)).hasMessage("新增贵宾客户目标须为整数");
        assertThatThrownBy(() -> splits.split(scope("rgm1", "REGIONAL_MANAGER"), NOVEMBER, "R01", GoalMetric.SALES,
                parts("B0201", "1000000"), false)).hasMessage("拆分对象不是本单位的下级：B0201");
    }

    @Test
    void splitWhenUnitHasNoTargetOfTheMetricThenRefused() {
        assertThatThrownBy(() -> splits.split(scope("rgm1", "REGIONAL_MANAGER"), NOVEMBER, "R01",
                GoalMetric.AUM_GROWTH, parts("B0101", "1"), false)).hasMessage("本单位本月尚无AUM 增长目标，不能拆分");
    }
}
