package org.wealthcrm.web.targetlist;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The conditions of a target list over the nightly metrics, validated against fixed allow-lists. Every field is
 * optional; a list matches the customers that meet all the fields that are set. Stored as JSON in the list row.
 *
 * @param aumMin        AUM at least (CNY)
 * @param aumMax        AUM at most
 * @param aumChangeMin  AUM minus the 30-day average AUM, at least (negative = fell)
 * @param aumChangeMax  AUM minus the 30-day average AUM, at most
 * @param tiers         tier is one of (VIP1..VIP4, MASS)
 * @param intervals     asset interval is one of (A01..A11)
 * @param activities    activity level is one of (L1..L5)
 * @param held          holds every one of these categories (DD, TD, WM, FMM, FBD, FEQ)
 * @param missing       holds none of these categories
 * @param maturityDays  has an active time deposit maturing within this many days of the business date
 * @param birthdayMonth born in this month (1..12)
 * @param churnMin      churn score at least (0..1)
 * @param riskLevelMin  customer risk level at least C1..C5 (1..5)
 */
record ListCriteria(BigDecimal aumMin, BigDecimal aumMax, BigDecimal aumChangeMin, BigDecimal aumChangeMax,
                    List<String> tiers, List<String> intervals, List<String> activities, List<String> held,
                    List<String> missing, Integer maturityDays, Integer birthdayMonth, BigDecimal churnMin,
                    Integer riskLevelMin) {

    static final List<String> CATEGORIES = List.of("DD", "TD", "WM", "FMM", "FBD", "FEQ");
    static final List<String> FUNDS = List.of("FMM", "FBD", "FEQ");
    private static final Set<String> TIERS = Set.of("VIP1", "VIP2", "VIP3", "VIP4", "MASS");
    private static final Set<String> INTERVALS = Set.of("A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08",
            "A09", "A10", "A11");
    private static final Set<String> ACTIVITIES = Set.of("L1", "L2", "L3", "L4", "L5");

    ListCriteria {
        tiers = allowed(tiers, TIERS, "客户级别");
        intervals = allowed(intervals, INTERVALS, "资产区间");
        activities = allowed(activities, ACTIVITIES, "活跃度");
        held = allowed(held, Set.copyOf(CATEGORIES), "持有产品");
        missing = allowed(missing, Set.copyOf(CATEGORIES), "未持有产品");
        requireRange(maturityDays, 1, 366, "到期天数");
        requireRange(birthdayMonth, 1, 12, "生日月份");
        requireRange(riskLevelMin, 1, 5, "风险等级");
        if (aumMin != null && aumMin.signum() < 0) {
            throw new InvalidListException("AUM 下限不能为负数");
        }
        if (churnMin != null && (churnMin.signum() < 0 || churnMin.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidListException("流失概率应在 0 到 1 之间");
        }
        if (held.stream().anyMatch(missing::contains)) {
            throw new InvalidListException("同一产品不能既要求持有又要求未持有");
        }
    }

    /** Customer risk levels (stored as C1..C5; R-prefixed values from older feeds read the same) at least the min. */
    List<String> riskLevels() {
        return Suitability.levelsFrom(riskLevelMin == null ? 1 : riskLevelMin);
    }

    private static List<String> allowed(List<String> values, Set<String> allowList, String field) {
        if (values == null) {
            return List.of();
        }
        List<String> cleaned = values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).distinct()
                .toList();
        cleaned.stream().filter(v -> !allowList.contains(v)).findFirst().ifPresent(bad -> {
            throw new InvalidListException(field + "取值无效：" + bad);
        });
        return cleaned;
    }

    private static void requireRange(Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidListException(field + "应在 " + min + " 到 " + max + " 之间");
        }
    }
}
