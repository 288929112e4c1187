package org.wealthcrm.analytics.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealthcrm.analytics.SparkTestSession;
import org.wealthcrm.analytics.io.HistoryStore;

/**
 * 40 customers over 20260101 … 20260130 with a 10-day horizon. The even ones keep 100,000. The
 * odd ones go down from 100,000 to 10,000 on day k = 16 + (c / 2) % 10 (16 … 25, two customers
 * each) and send 90 % of their outflows to other banks from day k - 6 on.
 */
class TrainChurnModelTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeHistory() throws IOException {
        HistoryStore store = new HistoryStore(SparkTestSession.get(), dir.resolve("history").toString());
        for (LocalDate d = LocalDate.of(2026, 1, 1); !d.isAfter(LocalDate.of(2026, 1, 30)); d = d.plusDays(1)) {
            List<Row> rows = new ArrayList<>();
            for (int c = 0; c < 40; c++) {
                int k = 16 + (c / 2) % 10;
                boolean leaving = c % 2 == 1 && d.getDayOfMonth() >= k - 6;
                String aum = c % 2 == 1 && d.getDayOfMonth() >= k ? "10000" : "100000";
                rows.add(RowFactory.create(String.format("C%02d", c), new BigDecimal(aum), 2L,
                        new BigDecimal(leaving ? "9000" : "0"), new BigDecimal("10000"), 1, BigDecimal.ZERO,
                        null, null, null, 0, BigDecimal.ZERO));
            }
            store.overwrite(HistoryStore.CUSTOMER_DAY, d, SparkTestSession.get()
                    .createDataFrame(rows, HistoryStore.CUSTOMER_DAY.columns()));
        }
        Files.writeString(dir.resolve("churn.properties"), "churn.horizon-days=10\n");
    }

    @Test
    void runWhenHistoryHasFullHorizonsThenVersionsAreSavedWithMetadataAndTheLatestIsFound() throws IOException {
        String[] args = {"--history", dir.resolve("history").toString(), "--from", "20260110", "--to", "20260120",
            "--models", dir.resolve("models").toString(), "--config", dir.resolve("churn.properties").toString(),
            "--step-days", "1"};

        assertThat(TrainChurnModel.run(args)).isZero();
        assertThat(TrainChurnModel.run(args)).isZero();

        ChurnModels models = new ChurnModels(SparkTestSession.get(), dir.resolve("models").toString(), "churn");
        org.apache.hadoop.fs.Path latest = models.latest().orElseThrow();
        assertThat(latest.getName()).isEqualTo("v002");
        Map<?, ?> metadata = models.metadata(latest);
        // days 10 … 20 all have day + 10 in history: 11 days x 40 customers, all eligible (the lowest
        // AUM_AVG_30 is k = 16 on day 20: (15 x 100,000 + 5 x 10,000) / 20 = 77,500).
        // Churned when d < k <= d + 10, days d in 10 … 20 per k = 16 … 25: 6 7 8 9 10 10 9 8 7 6 = 80,
        // two customers per k: 160 of 440 = 4/11. Test days 18 … 20 hold churners (k >= 19).
        assertThat(metadata.get("version")).isEqualTo(2);
        assertThat((List<?>) metadata.get("training_dates")).hasSize(11).first().isEqualTo("20260110");
        assertThat(metadata.get("rows")).isEqualTo(440);
        assertThat((Double) metadata.get("base_rate")).isCloseTo(4.0 / 11, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(metadata.get("created_for_business_date")).isEqualTo("20260120");
        assertThat((Double) metadata.get("gbt_test_auc")).isGreaterThan(0.9);
    }

    @Test
    void runWhenNoDayHasAFullHorizonThenExitCode1() {
        assertThat(TrainChurnModel.run(new String[] {"--history", dir.resolve("history").toString(),
            "--from", "20260125", "--to", "20260130", "--models", dir.resolve("none").toString()})).isEqualTo(1);
    }
}
