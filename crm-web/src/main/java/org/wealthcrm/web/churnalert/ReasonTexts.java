package org.wealthcrm.web.churnalert;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The texts of the churn reason codes in {@code churn_reasons} ("AUM_CHANGE_90=-45.2;DAYS_SINCE_CONTACT=60"), a copy
 * of crm-analytics' {@code ChurnReason} table: {v} the value, {a} its absolute value, {p} the value × 100.
 * A value below zero uses the first text when the code has one.
 */
final class ReasonTexts {

    private static final Map<String, List<String>> TEXTS = Map.ofEntries(
            Map.entry("AUM_CHANGE_90", List.of("90天内AUM下降{a}%", "90天内AUM上升{a}%")),
            Map.entry("AUM_CHANGE_30", List.of("30天内AUM下降{a}%", "30天内AUM上升{a}%")),
            Map.entry("INTERBANK_OUT_SHARE", List.of("近30天跨行转出占转出{p}%")),
            Map.entry("INTERBANK_OUT_SHARE_UP", List.of("跨行转出占比下降{p}个百分点", "跨行转出占比上升{p}个百分点")),
            Map.entry("ACTIVITY_CHANGE", List.of("交易活跃度下降（近30天比前60天月均少{a}笔）",
                    "交易活跃度上升（近30天比前60天月均多{a}笔）")),
            Map.entry("ACTIVITY_30", List.of("近30天交易{v}笔")),
            Map.entry("COVERAGE", List.of("持有产品类别{v}个")),
            Map.entry("CATEGORIES_DROPPED", List.of("90天内减少{v}类产品")),
            Map.entry("TD_MATURING", List.of("30天内定期到期{v}元")),
            Map.entry("TD_MATURING_SHARE", List.of("30天内到期定期占资产{p}%")),
            Map.entry("DAYS_SINCE_CONTACT", List.of("{v}天未联系")),
            Map.entry("TENURE", List.of("开户{v}天")),
            Map.entry("AGE", List.of("年龄{v}岁")),
            Map.entry("AUM", List.of("当前AUM {v}元")),
            Map.entry("AUM_AVG_30", List.of("30日日均AUM {v}元")));

    private ReasonTexts() {
    }

    /** The Chinese texts of an encoded reasons field; unknown codes are shown as they are. */
    static List<String> of(String encoded) {
        List<String> texts = new ArrayList<>();
        if (encoded == null || encoded.isBlank()) {
            return texts;
        }
        for (String reason : encoded.split(";")) {
            String[] codeValue = reason.split("=", 2);
            List<String> choices = TEXTS.get(codeValue[0]);
            if (choices == null || codeValue.length < 2) {
                texts.add(reason);
                continue;
            }
            BigDecimal value = new BigDecimal(codeValue[1]);
            String template = value.signum() < 0 || choices.size() == 1 ? choices.get(0) : choices.get(1);
            texts.add(template.replace("{v}", value.toPlainString()).replace("{a}", value.abs().toPlainString())
                    .replace("{p}", value.abs().movePointRight(2).stripTrailingZeros().toPlainString()));
        }
        return texts;
    }
}
