package org.wealthcrm.batch.night;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wealthcrm.contract.extract.ExtractFile;
import org.wealthcrm.etl.generator.GenerateBank;

import picocli.CommandLine;

/**
 * Generates a small bank (with hand-worked planted customers), runs its nights on a real PostgreSQL with Spark
 * in local mode, and checks the metrics export against values worked out independently of the pipeline.
 */
@SpringBootTest(properties = {"crm.db.embedded.data-dir=", "crm.db.embedded.port=0",
        "crm.analytics.home=../crm-analytics", "crm.night.reject-limit=50", "crm.night.chunk-size=500"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyRunFunctionalTest {

    static final Path ROOT = createRoot("night-test");
    static final Path LANDING = ROOT.resolve("landing");
    static final Path EXPORT = ROOT.resolve("export");
    static final List<LocalDate> CLEAN_DATES = List.of(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 19),
            LocalDate.of(2026, 11, 20));
    static final LocalDate BAD_DATE = LocalDate.of(2026, 11, 21);

    @Autowired
    NightlyRun nightlyRun;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("crm.landing-dir", LANDING::toString);
        registry.add("crm.work-dir", () -> ROOT.resolve("work").toString());
        registry.add("crm.export-dir", EXPORT::toString);
    }

    @BeforeAll
    static void generateBank() throws IOException {
        int exit = new CommandLine(new GenerateBank()).execute("--out", LANDING.toString(), "--customers", "300",
                "--from", "20261118", "--to", "20261121", "--seed", "7", "--bad-rows", "2", "--quiet");
        assertThat(exit).isZero();
        List<String[]> orgs = ReferenceAum.rows(LANDING, ExtractFile.HR_ORG, CLEAN_DATES.get(0));
        String branch = orgs.stream().filter(f -> f[2].equals("4")).findFirst().orElseThrow()[0];
        String rm = ReferenceAum.rows(LANDING, ExtractFile.HR_STAFF, CLEAN_DATES.get(0)).stream()
                .filter(f -> f[3].equals("RM") && f[4].equals("A")).findFirst().orElseThrow()[0];
        PlantedCustomers.plant(LANDING, CLEAN_DATES, branch, rm);
    }

    @Test
    @Order(1)
    void runWhenCleanDeliveriesThenExportMatchesHandWorkedFigures() throws Exception {
        for (LocalDate date : CLEAN_DATES) {
            assertThat(nightlyRun.run(date).completed()).as("night of %s", date).isTrue();
        }
        Map<String, String> rows = exportRows(CLEAN_DATES.get(2));
        String rm = jdbc.queryForObject("select staff_id from customer_manager where cust_id = 'PLANT01'", String.class);
        assertThat(rows.get("PLANT01")).isEqualTo("PLANT01,20261120,50000.00,50000.00,VIP4,A04,L4,2,DD;TD," + rm + ",");
        assertThat(rows.get("PLANT02")).isEqualTo("PLANT02,20261120,60130.00,20126.67,MASS,A04,L4,2,WM;FBD," + rm + ",");
        assertThat(rows.get("PLANT04")).isEqualTo("PLANT04,20261120,0.00,0.00,MASS,A01,L5,0,,,");
        assertThat(rows).doesNotContainKey("PLANT03");
        // no propensity model trained: the analytics write every customer with empty scores, the mart gets no rows
        List<String> propensity = Files.readAllLines(ROOT.resolve("work/analytics/propensity_20261120.csv"));
        assertThat(propensity).hasSize(rows.size() + 1).first()
                .isEqualTo("cust_id,biz_date,propensity_wealth,propensity_fund");
        assertThat(jdbc.queryForObject("select count(*) from customer_propensity", Integer.class)).isZero();
        // the name_initials step: every loaded customer has its pinyin initials for the web app's quick search
        assertThat(count("select count(*) from customer where name_initials is null")).isZero();
        assertThat(count("select count(*) from customer where name_initials <> ''")).isEqualTo(
                count("select count(*) from customer"));
    }

    @Test
    @Order(2)
    void runWhenCleanDeliveriesThenEveryCustomersAumEqualsIndependentComputation() throws IOException {
        Map<String, String> expected = ReferenceAum.aumOn(LANDING, CLEAN_DATES);
        Map<String, String> actual = exportRows(CLEAN_DATES.get(2)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().split(",")[2]));
        assertThat(actual).hasSize(expected.size()).isEqualTo(expected);
        assertThat(Files.readAllLines(export(CLEAN_DATES.get(2))).get(0)).isEqualTo(
                "cust_id,biz_date,aum,aum_avg_30,tier,asset_interval,activity_level,coverage,categories,main_rm,"
                        + "churn_score");
    }

    @Test
    @Order(3)
    void rerunWhenDateAlreadyPublishedThenResultsReplacedExactly() throws Exception {
        LocalDate date = CLEAN_DATES.get(2);
        byte[] before = Files.readAllBytes(export(date));
        int martRows = count("select count(*) from customer_metrics where biz_date = ?", date);
        int balances = count("select count(*) from account_balance where bal_date = ?", date);

        assertThat(nightlyRun.run(date).completed()).isTrue();

        assertThat(Files.readAllBytes(export(date))).isEqualTo(before);
        assertThat(count("select count(*) from customer_metrics where biz_date = ?", date)).isEqualTo(martRows);
        assertThat(count("select count(*) from account_balance where bal_date = ?", date)).isEqualTo(balances);
        assertThat(count("select count(*) from nightly_run where biz_date = ? and status = 'COMPLETED'", date))
                .isEqualTo(2);
        // the last step's own progress line is the run's last line on the operations page
        assertThat(jdbc.queryForObject("select progress from nightly_run where biz_date = ? order by run_id desc"
                + " fetch first 1 rows only", String.class, date))
                .matches("export_metrics " + String.format("%,d/%,d", martRows, martRows)
                        + " \\(100%\\) [\\d,]+ rows/s ETA 0s");
    }

    @Test
    @Order(4)
    void runWhenBadRowsThenEachRejectedWithFileLineAndReasonAndGoodRowsLoaded() throws Exception {
        assertThat(nightlyRun.run(BAD_DATE).completed()).isTrue();
        List<String> manifest = Files.readAllLines(LANDING.resolve("20261121").resolve("bad-rows.csv"));
        Map<String, Integer> expected = new HashMap<>();
        for (String line : manifest.subList(1, manifest.size())) {
            String[] f = line.split(",");
            expected.merge(f[0] + ":" + f[1], 1, Integer::sum);
        }
        List<String> rejected = jdbc.queryForList("select file_name || ':' || line_no from load_reject"
                + " where biz_date = ?", String.class, BAD_DATE);
        assertThat(rejected).containsExactlyInAnyOrderElementsOf(expected.keySet());
        int customersDelivered = ReferenceAum.rows(LANDING, ExtractFile.CBS_CUSTOMER, BAD_DATE).size();
        int customerRejects = count("select count(*) from load_reject where biz_date = ? and file_name like 'cbs_customer%'",
                BAD_DATE);
        assertThat(count("select count(*) from nightly_run_file f join nightly_run r on r.run_id = f.run_id"
                + " where r.biz_date = ? and f.file_name like 'cbs_customer%' and f.loaded_count = ?",
                BAD_DATE, customersDelivered - customerRejects)).isEqualTo(1);
    }

    @Test
    @Order(5)
    void runWhenControlFileDisagreesThenRunFailsClearlyAndPublishedDateUntouched() throws Exception {
        int published = count("select count(*) from customer_metrics where biz_date = ?", BAD_DATE);
        Path txn = LANDING.resolve("20261121").resolve(ExtractFile.CBS_TXN.fileName(BAD_DATE));
        Files.writeString(txn, "extra|line\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        NightlyRun.NightOutcome outcome = nightlyRun.run(BAD_DATE);

        assertThat(outcome.completed()).isFalse();
        assertThat(outcome.message()).contains("cbs_txn_20261121.dat").contains("record_count");
        assertThat(count("select count(*) from customer_metrics where biz_date = ?", BAD_DATE)).isEqualTo(published);
        assertThat(jdbc.queryForObject("select status from nightly_run where run_id = (select max(run_id) from"
                + " nightly_run)", String.class)).isEqualTo("FAILED");
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static Path export(LocalDate date) {
        return EXPORT.resolve("customer_metrics_" + date.format(PlantedCustomers.D) + ".csv");
    }

    private static Map<String, String> exportRows(LocalDate date) throws IOException {
        List<String> lines = Files.readAllLines(export(date));
        return lines.subList(1, lines.size()).stream()
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf(',')), l -> l));
    }

    static Path createRoot(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
