package org.wealthcrm.web.customer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Chinese names of the mart's codes (tier, asset interval, activity level, product category), for the pages:
 * {@code ${@labels.tier(row.tier)}}.
 */
@Component("labels")
public class MetricLabels {

    /** The tiers, highest first. */
    public static final List<String> TIERS = List.of("VIP1", "VIP2", "VIP3", "VIP4", "MASS");

    private static final Map<String, String> TIER_NAMES = Map.of(
            "VIP1", "一级贵宾", "VIP2", "二级贵宾", "VIP3", "三级贵宾", "VIP4", "四级贵宾", "MASS", "普通客户");
    private static final Map<String, String> INTERVAL_NAMES = Map.ofEntries(
            Map.entry("A01", "0-1千"), Map.entry("A02", "1千-1万"), Map.entry("A03", "1万-5万"),
            Map.entry("A04", "5万-10万"), Map.entry("A05", "10万-20万"), Map.entry("A06", "20万-50万"),
            Map.entry("A07", "50万-100万"), Map.entry("A08", "100万-300万"), Map.entry("A09", "300万-600万"),
            Map.entry("A10", "600万-1000万"), Map.entry("A11", "1000万以上"));
    private static final Map<String, String> ACTIVITY_NAMES = Map.of(
            "L1", "极活跃户", "L2", "较活跃户", "L3", "活跃户", "L4", "交易户", "L5", "沉寂户");
    private static final Map<String, String> CATEGORY_NAMES = Map.of(
            "DD", "活期", "TD", "定期", "WM", "理财", "FMM", "货币基金", "FBD", "债券基金", "FEQ", "权益基金");

    public String tier(String code) {
        return name(TIER_NAMES, code);
    }

    public String interval(String code) {
        return name(INTERVAL_NAMES, code);
    }

    public String activity(String code) {
        return name(ACTIVITY_NAMES, code);
    }

    /** {@code DD;TD;WM} becomes {@code 活期、定期、理财}. */
    public String categories(String codes) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        return String.join("、", Arrays.stream(codes.split(";")).map(code -> name(CATEGORY_NAMES, code)).toList());
    }

    private static String name(Map<String, String> names, String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }
}
