package org.wealthcrm.analytics;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import org.wealthcrm.analytics.churn.ChurnLabel;
import org.wealthcrm.analytics.propensity.PropensityLabel;

/**
 * Thresholds of METRICS.md (defaults) with overrides from an optional properties file
 * ({@code tier.VIP1=6000000}, {@code activity.L1=30}, {@code interval.A04=50000}) and any
 * {@code spark.*} settings for the session. Every map is ordered from the highest band down.
 */
public record MetricsConfig(Map<String, BigDecimal> tiers, Map<String, Long> activityLevels,
                     Map<String, BigDecimal> assetIntervals, Map<String, String> sparkSettings,
                     ChurnLabel.Settings churn, int propensityHorizonDays) {

    private static final List<String> INTERVALS =
            List.of("A11", "A10", "A09", "A08", "A07", "A06", "A05", "A04", "A03", "A02");
    private static final List<String> INTERVAL_BOUNDS = List.of("10000000", "6000000", "3000000",
            "1000000", "500000", "200000", "100000", "50000", "10000", "1000");

    static MetricsConfig defaults() {
        return from(new Properties());
    }

    public static MetricsConfig load(String file) throws IOException {
        Properties properties = new Properties();
        if (file != null) {
            try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return from(properties);
    }

    static MetricsConfig from(Properties p) {
        Map<String, String> spark = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("spark.")) {
                spark.put(key, p.getProperty(key).trim());
            } else if (!known(key)) {
                throw new IllegalArgumentException("unknown configuration key " + key);
            }
        }
        return new MetricsConfig(
                bands(p, "tier.", List.of("VIP1", "VIP2", "VIP3", "VIP4"),
                        List.of("6000000", "1000000", "500000", "50000"), BigDecimal::new),
                bands(p, "activity.", List.of("L1", "L2", "L3", "L4"),
                        List.of("30", "12", "4", "1"), Long::valueOf),
                bands(p, "interval.", INTERVALS, INTERVAL_BOUNDS, BigDecimal::new), spark, churn(p),
                propensityHorizon(p));
    }

    /** propensity.horizon-days (30): a purchase within d+1 … d+horizon makes (c, d) a positive example. */
    private static int propensityHorizon(Properties p) {
        try {
            int days = Integer.parseInt(p.getProperty("propensity.horizon-days",
                    "" + PropensityLabel.HORIZON_DAYS).trim());
            if (days < 1) {
                throw new IllegalArgumentException("propensity.horizon-days must be >= 1");
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number in propensity.horizon-days: " + e.getMessage());
        }
    }

    /** churn.min-aum-avg-30 (50000), churn.horizon-days (90), churn.drop-ratio (0.5) */
    private static ChurnLabel.Settings churn(Properties p) {
        ChurnLabel.Settings d = ChurnLabel.Settings.DEFAULTS;
        try {
            ChurnLabel.Settings s = new ChurnLabel.Settings(
                    Double.parseDouble(p.getProperty("churn.min-aum-avg-30", "" + d.minAumAvg30()).trim()),
                    Integer.parseInt(p.getProperty("churn.horizon-days", "" + d.horizonDays()).trim()),
                    Double.parseDouble(p.getProperty("churn.drop-ratio", "" + d.dropRatio()).trim()));
            if (s.horizonDays() < 1 || s.dropRatio() <= 0 || s.dropRatio() >= 1 || s.minAumAvg30() < 0) {
                throw new IllegalArgumentException("churn.horizon-days must be >= 1, churn.drop-ratio in (0, 1)");
            }
            return s;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number in churn.* settings: " + e.getMessage());
        }
    }

    private static boolean known(String key) {
        return List.of("churn.min-aum-avg-30", "churn.horizon-days", "churn.drop-ratio", "propensity.horizon-days",
                "tier.VIP1", "tier.VIP2", "tier.VIP3", "tier.VIP4",
                "activity.L1", "activity.L2", "activity.L3", "activity.L4").contains(key)
                || key.startsWith("interval.") && INTERVALS.contains(key.substring(9));
    }

    private static <T extends Comparable<T>> Map<String, T> bands(Properties p, String prefix,
            List<String> names, List<String> defaults, Function<String, T> parse) {
        Map<String, T> result = new LinkedHashMap<>();
        T previous = null;
        for (int i = 0; i < names.size(); i++) {
            String key = prefix + names.get(i);
            T value;
            try {
                value = parse.apply(p.getProperty(key, defaults.get(i)).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: " + key + "=" + p.getProperty(key));
            }
            if (previous != null && value.compareTo(previous) >= 0) {
                throw new IllegalArgumentException(key + " must be below the band above it");
            }
            result.put(names.get(i), value);
            previous = value;
        }
        return result;
    }
}
