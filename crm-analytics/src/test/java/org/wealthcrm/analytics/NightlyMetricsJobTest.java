package org.wealthcrm.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealthcrm.analytics.model.ChurnReason;

/**
 * End-to-end runs of the job on hand-written extracts of 18 and 20 Nov 2026 (no data on the 19th)
 * plus three history days written directly. Expected figures are worked out in the comments.
 */
class NightlyMetricsJobTest {

    @TempDir
    static Path dir;

    /*
     * AUM 18th: C001 DD 1000.00 + TD 49000.00 (LN 5000.00 left out) = 50000.00
     *           C002 100.00 x 1.2345 (EQ) + 20.00 x 2.0000 (HY) = 123.45 + 40.00 = 163.45
     * Days with data in 20261020..20261118: 20261021 (seeded, C001 999999.00) and 20261118
     *   avg C001 = (999999.00 + 50000.00) / 2 = 524999.50 -> VIP3; C002 = 163.45 / 2 = 81.725 -> 81.73
     * Activity 20260821..20261118: C001 26 seeded + 2 (2001, 4002; 5001 not counted) = 28 -> L2
     *   C002 10 seeded + 1 (122; 5002 txn, 143 and 137 confirms not counted) = 11 -> L3
     *   C005 50 seeded on 20260822 -> L1; C003 nothing -> L5. C004 is closed: no row.
     */
    static final String EXPECTED_18 = """
            cust_id,biz_date,aum,aum_avg_30,tier,asset_interval,activity_level,coverage,categories,churn_score,churn_reasons
            C001,20261118,50000.00,524999.50,VIP3,A04,L2,2,DD;TD,,
            C002,20261118,163.45,81.73,MASS,A01,L3,1,FEQ,,
            C003,20261118,0.00,0.00,MASS,A01,L5,0,,,
            C005,20261118,0.00,0.00,MASS,A01,L1,0,,,
            """;

    /*
     * AUM 20th: C001 50000.00 again -> A04
     *   C002 100.00 x 1.2345 (000001 published no nav on the 20th, nav of the 18th) = 123.45
     *        + 33.33 x 1.0005 (BD) = 33.346665 + 20.00 x 2.5000 (HY) = 50.00 + 5.00 x 1.0000 (MM) = 5.00
     *        = 211.796665 -> 211.80
     *   C003 WM 120000.00 + 10.00 x 1.0005 = 10.005 -> 120010.005 -> 120010.01 (half-up) -> A05;
     *        DD balance 0.00 is not a held category
     * Days with data in 20261022..20261120: 20261118 and 20261120 (none on the 19th), so / 2:
     *   C001 (50000 + 50000) / 2 = 50000.00 -> VIP4 (boundary)
     *   C002 (163.45 + 211.796665) / 2 = 187.6233325 -> 187.62
     *   C003 (0, no row on the 18th + 120010.005) / 2 = 60005.0025 -> 60005.00 -> VIP4
     * Activity 20260823..20261120 (20260822 is out): C001 26 + 2 + 2 (1001, 1002) = 30 -> L1
     *   C002 10 (20260823) + 1 + 1 (124; 142 not counted) = 12 -> L2; C003 139 = 1 (5001 not) -> L4;
     *   C005 0 -> L5
     */
    static final String EXPECTED_20 = """
            cust_id,biz_date,aum,aum_avg_30,tier,asset_interval,activity_level,coverage,categories,churn_score,churn_reasons
            C001,20261120,50000.00,50000.00,VIP4,A04,L1,2,DD;TD,,
            C002,20261120,211.80,187.62,MASS,A01,L2,3,FMM;FBD;FEQ,,
            C003,20261120,120010.01,60005.00,VIP4,A05,L4,2,WM;FBD,,
            C005,20261120,0.00,0.00,MASS,A01,L5,0,,,
            """;

    @BeforeAll
    static void writeInputs() throws IOException {
        StagedInputs.write(dir.resolve("staged"));
        seedHistory("20261021", "C001", "999999.00", 26);
        seedHistory("20260823", "C002", "5.00", 10);
        seedHistory("20260822", "C005", "0.00", 50);
        Files.writeString(dir.resolve("test.properties"), "spark.sql.shuffle.partitions=2\n");
    }

    @Test
    void runWhenDatesRunTwiceAndOutOfOrderThenEachFileIsExactAndRepeatable() throws IOException {
        assertThat(run("20261118", "m18.csv")).isZero();
        assertThat(read("m18.csv")).isEqualTo(EXPECTED_18);

        assertThat(run("20261120", "m20.csv")).isZero();
        assertThat(read("m20.csv")).isEqualTo(EXPECTED_20);

        assertThat(run("20261120", "m20-again.csv")).isZero();
        assertThat(Files.readAllBytes(dir.resolve("m20-again.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("m20.csv")));

        assertThat(run("20261118", "m18-after-20.csv")).isZero();
        assertThat(read("m18-after-20.csv")).isEqualTo(EXPECTED_18);
        assertThat(dir.resolve("history/customer_day")).isDirectoryContaining("glob:**/biz_date=20261118")
                .isDirectoryContaining("glob:**/biz_date=20261120");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.contains(".tmp-"));
    }

    @Test
    void runWhenAChurnModelExistsThenEveryRowGetsAScoreAndReasonsThatHaveTexts() throws IOException {
        String models = dir.resolve("models").toString();
        assertThat(run("20261120", "m20-no-model.csv", "--models", models,
                "--propensity-output", dir.resolve("p20-no-model.csv").toString())).isZero();
        assertThat(read("m20-no-model.csv")).isEqualTo(EXPECTED_20); // no version yet: empty, not a failure
        assertThat(read("p20-no-model.csv")).isEqualTo("""
                cust_id,biz_date,propensity_wealth,propensity_fund
                C001,20261120,,
                C002,20261120,,
                C003,20261120,,
                C005,20261120,,
                """); // no propensity model of either category: every score empty
        ChurnModelFixture.saveInterbankModel(models);

        assertThat(run("20261120", "m20-scored.csv", "--models", models)).isZero();

        List<String> lines = Files.readAllLines(dir.resolve("m20-scored.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        for (String line : lines.subList(1, 5)) {
            String[] fields = line.split(",", -1);
            assertThat(fields).hasSize(11);
            assertThat(fields[9]).matches("[01]\\.\\d{4}");
            assertThat(ChurnReason.texts(fields[10])).hasSizeLessThanOrEqualTo(3);
        }
        // the figures before the churn columns are those of the run without a model
        assertThat(lines.get(1)).startsWith("C001,20261120,50000.00,50000.00,VIP4,A04,L1,2,DD;TD,");
    }

    @Test
    void runWhenAnInputFileIsMissingThenExitCode1NamingTheFile() throws IOException {
        Path staged = dir.resolve("staged-incomplete");
        Files.createDirectories(staged.resolve("20261120"));
        Files.writeString(staged.resolve("20261120/cbs_customer_20261120.dat"), "");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = NightlyMetricsJob.run(new String[] {"--business-date", "20261120",
                "--staged", staged.toString(), "--history", dir.resolve("history-x").toString(),
                "--output", dir.resolve("never.csv").toString()});
        } finally {
            System.setErr(original);
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing input file")
                .contains("cbs_balance_20261120.dat");
        assertThat(dir.resolve("never.csv")).doesNotExist();
    }

    @Test
    void runWhenBusinessDateIsNotADateThenExitCode2() {
        assertThat(NightlyMetricsJob.run(new String[] {"--business-date", "20261131", "--staged", "s",
            "--history", "h", "--output", "o.csv"})).isEqualTo(2);
    }

    private static int run(String date, String output, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--business-date", date,
            "--staged", dir.resolve("staged").toString(), "--history", dir.resolve("history").toString(),
            "--output", dir.resolve(output).toString(), "--master", "local[2]",
            "--config", dir.resolve("test.properties").toString()));
        args.addAll(List.of(more));
        return NightlyMetricsJob.run(args.toArray(String[]::new));
    }

    private static String read(String output) throws IOException {
        return Files.readString(dir.resolve(output), StandardCharsets.UTF_8);
    }

    private static void seedHistory(String date, String custId, String aum, long activity) {
        StructType schema = new StructType().add("cust_id", DataTypes.StringType)
                .add("aum", DataTypes.createDecimalType(30, 6)).add("activity_count", DataTypes.LongType);
        SparkTestSession.get()
                .createDataFrame(List.of(RowFactory.create(custId, new BigDecimal(aum), activity)), schema)
                .write().parquet(dir.resolve("history/customer_day/biz_date=" + date).toString());
    }
}
