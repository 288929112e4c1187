package org.wealthcrm.analytics.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reason codes of the churn score: which feature a reason is about, how its value is written in
 * churn_reasons ({@code CODE=value}, decimals fixed per code) and the text shown for it in Chinese
 * and English. {@code {v}} is the value as written, {@code {a}} its absolute value and {@code {p}}
 * the value × 100 (shares shown as percent). The web app copies this table (see README).
 */
public enum ChurnReason {
    AUM_CHANGE_90("aum_change_90_pct", 1, "90天内AUM下降{a}% / AUM down {a} % in 90 days",
            "90天内AUM上升{a}% / AUM up {a} % in 90 days"),
    AUM_CHANGE_30("aum_change_30_pct", 1, "30天内AUM下降{a}% / AUM down {a} % in 30 days",
            "30天内AUM上升{a}% / AUM up {a} % in 30 days"),
    INTERBANK_OUT_SHARE("interbank_out_share_30", 2, null,
            "近30天跨行转出占转出{p}% / interbank transfers are {p} % of outflows in 30 days"),
    INTERBANK_OUT_SHARE_UP("interbank_out_share_change", 2,
            "跨行转出占比下降{p}个百分点 / interbank outflow share down {p} points",
            "跨行转出占比上升{p}个百分点 / interbank outflow rising, up {p} points"),
    ACTIVITY_CHANGE("activity_change", 1, "交易活跃度下降（近30天比前60天月均少{a}笔） / activity down {a} a month vs the 60 days before",
            "交易活跃度上升（近30天比前60天月均多{a}笔） / activity up {a} a month vs the 60 days before"),
    ACTIVITY_30("activity_30", 0, null, "近30天交易{v}笔 / {v} transactions in 30 days"),
    COVERAGE("coverage", 0, null, "持有产品类别{v}个 / holds {v} product categories"),
    CATEGORIES_DROPPED("categories_dropped_90", 0, null, "90天内减少{v}类产品 / dropped {v} product categories in 90 days"),
    TD_MATURING("td_maturing_30d", 2, null, "30天内定期到期{v}元 / time deposits of {v} CNY mature within 30 days"),
    TD_MATURING_SHARE("td_maturing_share", 2, null,
            "30天内到期定期占资产{p}% / {p} % of assets in time deposits maturing within 30 days"),
    DAYS_SINCE_CONTACT("days_since_contact", 0, null, "{v}天未联系 / no contact for {v} days"),
    TENURE("tenure_days", 0, null, "开户{v}天 / customer for {v} days"),
    AGE("age", 0, null, "年龄{v}岁 / age {v}"),
    AUM("aum", 2, null, "当前AUM {v}元 / AUM {v} CNY"),
    AUM_AVG_30("aum_avg_30", 2, null, "30日日均AUM {v}元 / 30-day average AUM {v} CNY");

    final String feature;
    final int decimals;
    private final String negativeText;
    private final String text;

    ChurnReason(String feature, int decimals, String negativeText, String text) {
        this.feature = feature;
        this.decimals = decimals;
        this.negativeText = negativeText;
        this.text = text;
    }

    /** @return "中文 / English" for one value of this code */
    public String text(BigDecimal value) {
        String template = value.signum() < 0 && negativeText != null ? negativeText : text;
        return template.replace("{v}", value.toPlainString())
                .replace("{a}", value.abs().toPlainString())
                .replace("{p}", value.abs().movePointRight(2).stripTrailingZeros().toPlainString());
    }

    /** @param encoded a churn_reasons field, e.g. "AUM_CHANGE_90=-45.2;DAYS_SINCE_CONTACT=60" */
    public static List<String> texts(String encoded) {
        List<String> texts = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return texts;
        }
        for (String reason : encoded.split(";")) {
            String[] codeValue = reason.split("=", 2);
            texts.add(valueOf(codeValue[0]).text(new BigDecimal(codeValue[1])));
        }
        return texts;
    }

    /** Unknown values (days since contact without a contact file) are never a reason. */
    boolean knownWhenNegative() {
        return this != DAYS_SINCE_CONTACT;
    }
}
