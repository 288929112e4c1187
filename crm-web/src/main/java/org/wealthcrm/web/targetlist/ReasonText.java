package org.wealthcrm.web.targetlist;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why a customer is on a list, in Chinese, from the criteria that are set and the customer's values, e.g.
 * {@code AUM 12.3万 ≥ 5万；未持有基金；定期存款 2026-12-05 到期}.
 */
final class ReasonText {

    private static final Map<String, String> NAMES = Map.of(
            "DD", "活期存款", "TD", "定期存款", "WM", "理财", "FMM", "货币基金", "FBD", "债券基金", "FEQ", "权益基金");

    private ReasonText() {
    }

    static String of(ListCriteria c, TargetListRows.Candidate m) {
        List<String> parts = new ArrayList<>();
        if (c.aumMin() != null) {
            parts.add("AUM " + wan(m.aum()) + " ≥ " + wan(c.aumMin()));
        }
        if (c.aumMax() != null) {
            parts.add("AUM " + wan(m.aum()) + " ≤ " + wan(c.aumMax()));
        }
        if (c.aumChangeMin() != null || c.aumChangeMax() != null) {
            parts.add("AUM较30日日均变动 " + wan(m.aumChange()));
        }
        if (!c.tiers().isEmpty()) {
            parts.add("客户级别 " + m.tier());
        }
        if (!c.intervals().isEmpty()) {
            parts.add("资产区间 " + m.assetInterval());
        }
        if (!c.activities().isEmpty()) {
            parts.add("活跃度 " + m.activityLevel());
        }
        if (!c.held().isEmpty()) {
            parts.add("持有" + names(c.held()));
        }
        if (!c.missing().isEmpty()) {
            parts.add("未持有" + (c.missing().containsAll(ListCriteria.FUNDS) && c.missing().size() == 3
                    ? "基金" : names(c.missing())));
        }
        if (c.maturityDays() != null && m.tdMaturity() != null) {
            parts.add("定期存款 " + m.tdMaturity() + " 到期");
        }
        if (c.birthdayMonth() != null) {
            parts.add("生日在" + c.birthdayMonth() + "月");
        }
        if (c.churnMin() != null) {
            parts.add("流失概率 " + m.churnScore().setScale(2, RoundingMode.HALF_UP) + " ≥ " + c.churnMin());
        }
        if (c.riskLevelMin() != null) {
            parts.add("风险等级 " + m.riskLevel());
        }
        return parts.isEmpty() ? "符合名单条件" : String.join("；", parts);
    }

    /** 123000 → 12.3万, 50000 → 5万, 800 → 0.08万. */
    static String wan(BigDecimal amount) {
        BigDecimal wan = amount.divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return wan.toPlainString() + "万";
    }

    private static String names(List<String> codes) {
        return String.join("、", codes.stream().map(NAMES::get).toList());
    }
}
