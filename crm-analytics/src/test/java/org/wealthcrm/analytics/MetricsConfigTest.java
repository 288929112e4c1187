package org.wealthcrm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsConfigTest {

    @Test
    void defaultsWhenNoFileThenThresholdsOfMetricsMdFromHighestBandDown() {
        MetricsConfig config = MetricsConfig.defaults();

        assertThat(config.tiers()).containsExactly(
                entry("VIP1", "6000000"), entry("VIP2", "1000000"), entry("VIP3", "500000"), entry("VIP4", "50000"));
        assertThat(config.activityLevels()).containsExactly(
                java.util.Map.entry("L1", 30L), java.util.Map.entry("L2", 12L),
                java.util.Map.entry("L3", 4L), java.util.Map.entry("L4", 1L));
        assertThat(config.assetIntervals()).hasSize(10)
                .containsEntry("A11", new BigDecimal("10000000")).containsEntry("A02", new BigDecimal("1000"));
    }

    @Test
    void loadWhenFileOverridesOneTierAndSparkSettingThenOthersKeepDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("metrics.properties");
        Files.writeString(file, "tier.VIP4 = 80000\nactivity.L1=40\nspark.sql.shuffle.partitions=4\n");

        MetricsConfig config = MetricsConfig.load(file.toString());

        assertThat(config.tiers().get("VIP4")).isEqualByComparingTo("80000");
        assertThat(config.tiers().get("VIP3")).isEqualByComparingTo("500000");
        assertThat(config.activityLevels().get("L1")).isEqualTo(40L);
        assertThat(config.sparkSettings()).containsEntry("spark.sql.shuffle.partitions", "4");
    }

    @Test
    void fromWhenThresholdsNotDescendingOrKeyUnknownThenRejected() {
        Properties overlapping = new Properties();
        overlapping.setProperty("tier.VIP4", "500000");
        Properties typo = new Properties();
        typo.setProperty("tier.VIP5", "1");

        assertThatThrownBy(() -> MetricsConfig.from(overlapping)).hasMessageContaining("tier.VIP4");
        assertThatThrownBy(() -> MetricsConfig.from(typo)).hasMessageContaining("tier.VIP5");
    }

    private static java.util.Map.Entry<String, BigDecimal> entry(String key, String value) {
        return java.util.Map.entry(key, new BigDecimal(value));
    }
}
