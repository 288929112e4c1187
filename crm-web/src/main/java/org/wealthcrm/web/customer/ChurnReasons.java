package org.wealthcrm.web.customer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The texts of the churn reason codes in {@code customer_metrics.churn_reasons} ({@code CODE=value;...}). A copy of
 * {@code org.wealthcrm.analytics.model.ChurnReason} (crm-analytics runs in its own JVM and is no dependency of the
 * web app): keep the two in step. Used by the customer view and the churn alerts. {@code {v}} is the value, {@code {a}} its absolute value, {@code {p}} the value
 * × 100; a second text applies to negative values.
 */
public final class ChurnReasons {

    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry("AUM_CHANGE_90", new String[] {"90天内AUM上升{a}% / AUM up {a} % in 90 days",
                    "90天内AUM下降{a}% / AUM down {a} % in 90 days"}),
            Map.entry("AUM_CHANGE_30", new String[] {"30天内AUM上升{a}% / AUM up {a} % in 30 days",
                    "30天内AUM下降{a}% / AUM down {a} % in 30 days"}),
            Map.entry("INTERBANK_OUT_SHARE", new String[] {
                    "近30天跨行转出占转出{p}% / interbank transfers are {p} % of outflows in 30 days"}),
            Map.entry("INTERBANK_OUT_SHARE_UP", new String[] {
                    "跨行转出占比上升{p}个百分点 / interbank outflow rising, up {p} points",
                    "跨行转出占比下降{p}个百分点 / interbank outflow share down {p} points"}),
            Map.entry("ACTIVITY_CHANGE", new String[] {
                    "交易活跃度上升（近30天比前60天月均多{a}笔） / activity up {a} a month vs the 60 days before",
                    "交易活跃度下降（近30天比前60天月均少{a}笔） / activity down {a} a month vs the 60 days before"}),
            Map.entry("ACTIVITY_30", new String[] {"近30天交易{v}笔 / {v} transactions in 30 days"}),
            Map.entry("COVERAGE", new String[] {"持有产品类别{v}个 / holds {v} product categories"}),
            Map.entry("CATEGORIES_DROPPED", new String[] {
                    "90天内减少{v}类产品 / dropped {v} product categories in 90 days"}),
            Map.entry("TD_MATURING", new String[] {
                    "30天内定期到期{v}元 / time deposits of {v} CNY mature within 30 days"}),
            Map.entry("TD_MATURING_SHARE", new String[] {
                    "30天内到期定期占资产{p}% / {p} % of assets in time deposits maturing within 30 days"}),
            Map.entry("DAYS_SINCE_CONTACT", new String[] {"{v}天未联系 / no contact for {v} days"}),
            Map.entry("TENURE", new String[] {"开户{v}天 / customer for {v} days"}),
            Map.entry("AGE", new String[] {"年龄{v}岁 / age {v}"}),
            Map.entry("AUM", new String[] {"当前AUM {v}元 / AUM {v} CNY"}),
            Map.entry("AUM_AVG_30", new String[] {"30日日均AUM {v}元 / 30-day average AUM {v} CNY"}));

    private ChurnReasons() {
    }

    /** "中文 / English" for each reason; an unknown code is shown as it is. */
    public static List<String> texts(String encoded) {
        List<String> texts = new ArrayList<>();
        if (encoded == null || encoded.isBlank()) {
            return texts;
        }
        for (String reason : encoded.split(";")) {
            String[] codeValue = reason.split("=", 2);
            String[] templates = TEXTS.get(codeValue[0]);
            texts.add(templates == null || codeValue.length < 2 ? reason : text(templates, new BigDecimal(codeValue[1])));
        }
        return texts;
    }

    /** The Chinese half of each text, for the page. */
    public static List<String> chinese(String encoded) {
        return texts(encoded).stream().map(t -> t.contains(" / ") ? t.substring(0, t.indexOf(" / ")) : t).toList();
    }

    private static String text(String[] templates, BigDecimal value) {
        String template = value.signum() < 0 && templates.length > 1 ? templates[1] : templates[0];
        return template.replace("{v}", value.toPlainString())
                .replace("{a}", value.abs().toPlainString())
                .replace("{p}", value.abs().movePointRight(2).stripTrailingZeros().toPlainString());
    }
}
