package org.wealthcrm.analytics.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealthcrm.analytics.NightlyMetricsJob;
import org.wealthcrm.analytics.SparkTestSession;
import org.wealthcrm.analytics.propensity.PropensityCategory;
import org.wealthcrm.etl.generator.BankGenerator;
import org.wealthcrm.etl.generator.GeneratorOptions;

/**
 * End to end on a small generated bank (8,000 customers, seed 42, 20261101 … 20261124): the nightly job
 * builds the history, FUND propensity is trained on 20261103 … 20261110 with a 10-day horizon and measured on
 * the later day 20261112 (label window 20261113 … 20261122), then the nightly job scores 20261124 with the
 * saved model. With 5,000 customers and 7 days the later day held about 80 buyers: too few to measure.
 */
class TrainPropensityModelTest {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    @TempDir
    static Path dir;

    @BeforeAll
    static void buildHistory() throws IOException {
        SparkTestSession.get();
        BankGenerator.generate(GeneratorOptions.of(dir.resolve("landing"), 8000, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 24), 42));
        Files.writeString(dir.resolve("test.properties"), "propensity.horizon-days=10\n");
        for (LocalDate d = LocalDate.of(2026, 11, 1); d.isBefore(LocalDate.of(2026, 11, 24)); d = d.plusDays(1)) {
            assertThat(night(d, "m.csv")).as("night of %s", d).isZero();
        }
    }

    @Test
    void runWhenTrainedOnEarlierDaysThenTheLaterDayTopDecileBuysAtLeastOneAndAHalfTimesAsOften() throws IOException {
        String[] args = {"--category", "FUND", "--history", dir.resolve("history").toString(),
            "--from", "20261103", "--to", "20261110", "--step-days", "1", "--holdout", "20261112",
            "--models", dir.resolve("models").toString(), "--config", dir.resolve("test.properties").toString()};

        assertThat(TrainPropensityModel.run(args)).isZero();

        ChurnModels store = TrainPropensityModel.store(SparkTestSession.get(), dir.resolve("models").toString(),
                PropensityCategory.FUND);
        org.apache.hadoop.fs.Path latest = store.latest().orElseThrow();
        assertThat(latest.getName()).isEqualTo("v001");
        Map<?, ?> metadata = store.metadata(latest);
        assertThat(metadata.get("category")).isEqualTo("FUND");
        assertThat(metadata.get("holdout_date")).isEqualTo("20261112");
        // a model no better than chance has lift 1 and AUC 0.5; the generator's fund buyers are the customers
        // with idle cash (DD >= 50,000 buy 2.4 times as often), which the features see. At 20,000 customers and
        // 30 days the same model reached lift 2.35 and AUC 0.64 (README); about 200 buyers on the later day here,
        // where it measured lift 3.69 and AUC 0.741
        assertThat((Double) metadata.get("gbt_holdout_lift_top_decile")).isGreaterThan(1.5);
        assertThat((Double) metadata.get("gbt_holdout_auc")).isGreaterThan(0.55);

        assertThat(night(LocalDate.of(2026, 11, 24), "m24.csv", "--models", dir.resolve("models").toString(),
                "--propensity-output", dir.resolve("p24.csv").toString())).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("p24.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("cust_id,biz_date,propensity_wealth,propensity_fund");
        assertThat(lines).hasSize(Files.readAllLines(dir.resolve("m24.csv")).size());
        // no WEALTH model: empty; FUND: a probability with 4 decimals for every customer
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.matches("[^,]+,20261124,,[01]\\.\\d{4}"));
    }

    private static int night(LocalDate day, String output, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--business-date", day.format(YYYYMMDD),
            "--staged", dir.resolve("landing").toString(), "--history", dir.resolve("history").toString(),
            "--output", dir.resolve(output).toString(), "--master", "local[2]",
            "--config", dir.resolve("test.properties").toString()));
        args.addAll(List.of(more));
        return NightlyMetricsJob.run(args.toArray(String[]::new));
    }
}
