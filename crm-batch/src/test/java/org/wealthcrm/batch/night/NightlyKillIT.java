package org.wealthcrm.batch.night;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.db.EmbeddedDatabase;
import org.wealthcrm.etl.generator.GenerateBank;

import picocli.CommandLine;

/**
 * Kills the packaged nightly process with SIGKILL in the middle of a load, during the analytics and between two
 * steps, restarts the same business date each time, and checks that the outcome equals a clean run's exactly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyKillIT {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);
    private static final String DAY1 = "20261119";
    private static final String DAY2 = "20261120";
    private static final LocalDate DATE2 = LocalDate.of(2026, 11, 20);
    private static EmbeddedDatabase database;
    private static JdbcTemplate jdbc;
    private static Path root;

    @BeforeAll
    static void bank() throws IOException {
        database = EmbeddedDatabase.startTemporary();
        jdbc = new JdbcTemplate(database.dataSource());
        root = Files.createTempDirectory("night-kill");
        int exit = new CommandLine(new GenerateBank()).execute("--out", root.resolve("landing").toString(),
                "--customers", "6000", "--from", DAY1, "--to", DAY2, "--seed", "11", "--quiet");
        assertThat(exit).isZero();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    @Order(1)
    void restartWhenKilledMidLoadDuringAnalyticsAndBetweenStepsThenResultEqualsCleanRun() throws Exception {
        assertThat(night(Map.of(), DAY1).waitFor(RUN_TIMEOUT)).isZero();
        assertThat(night(Map.of(), DAY2).waitFor(RUN_TIMEOUT)).isZero();
        Map<String, Object> clean = outcome();

        BatchProcess midLoad = night(Map.of(), DAY2);
        awaitStepInProgress("load_cbs_balance");
        midLoad.kill9();
        assertThat(stepStatus("load_cbs_balance")).isEqualTo("STARTED");

        BatchProcess inAnalytics = night(Map.of(), DAY2);
        assertThat(inAnalytics.awaitLine(l -> l.contains("[analytics] " + DAY2), RUN_TIMEOUT)).isTrue();
        inAnalytics.kill9();
        assertSparkChildEnds();

        BatchProcess betweenSteps = night(Map.of("CRM_NIGHT_PAUSE_AFTER_STEP", "analytics",
                "CRM_NIGHT_PAUSE_SECONDS", "300"), DAY2);
        assertThat(betweenSteps.awaitLine(l -> l.contains("paused after step analytics"), RUN_TIMEOUT))
                .as(betweenSteps.output()).isTrue();
        betweenSteps.kill9();

        BatchProcess last = night(Map.of(), DAY2);
        assertThat(last.waitFor(RUN_TIMEOUT)).as(last.output()).isZero();
        assertThat(last.output()).contains("was left STARTED by a process that died");
        assertThat(outcome()).isEqualTo(clean);
        assertThat(jdbc.queryForObject("select count(*) from nightly_run where status = 'STARTED'", Integer.class))
                .isZero();
    }

    @Test
    @Order(2)
    void triggerWhenSameDateRunningThenSecondRefusedAndFirstCompletes() throws Exception {
        BatchProcess first = night(Map.of(), DAY2);
        assertThat(first.awaitLine(l -> l.contains("[night] 2026-11-20 attempt"), RUN_TIMEOUT)).isTrue();
        BatchProcess second = night(Map.of(), DAY2);

        assertThat(second.waitFor(RUN_TIMEOUT)).isNotZero();
        assertThat(second.output()).contains("the night of 2026-11-20 is already running in process "
                + first.pid() + "@");
        assertThat(first.waitFor(RUN_TIMEOUT)).as(first.output()).isZero();
    }

    private BatchProcess night(Map<String, String> extra, String date) throws IOException {
        Map<String, String> env = new HashMap<>(Map.of(
                "CRM_DB_EMBEDDED_ENABLED", "false",
                "SPRING_DATASOURCE_URL", database.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "postgres",
                "CRM_LANDING_DIR", root.resolve("landing").toString(),
                "CRM_WORK_DIR", root.resolve("work").toString(),
                "CRM_EXPORT_DIR", root.resolve("export").toString(),
                "CRM_ANALYTICS_HOME", "../crm-analytics",
                "CRM_NIGHT_CHUNK_SIZE", "50"));
        env.putAll(extra);
        return BatchProcess.start(env, "night", "--date", date);
    }

    private void awaitStepInProgress(String step) throws InterruptedException {
        for (int i = 0; i < 6000; i++) {
            Integer commits = jdbc.queryForObject("select coalesce(max(commit_count), 0) from batch_step_execution"
                    + " where step_name = ? and status = 'STARTED'", Integer.class, step);
            if (commits != null && commits >= 3) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError(step + " was never seen in progress");
    }

    private String stepStatus(String step) {
        return jdbc.queryForObject("select status from batch_step_execution where step_execution_id ="
                + " (select max(step_execution_id) from batch_step_execution where step_name = ?)", String.class, step);
    }

    private static void assertSparkChildEnds() throws InterruptedException {
        for (int i = 0; i < 100 && sparkChildren() > 0; i++) {
            Thread.sleep(200);
        }
        assertThat(sparkChildren()).as("orphaned Spark JVMs").isZero();
    }

    private static long sparkChildren() {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains("org.wealthcrm.analytics.WithParent")).count();
    }

    /** Everything the night produces for the date: export, staged files, and the rows of each table. */
    private Map<String, Object> outcome() throws Exception {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("export", sha256(root.resolve("export").resolve("customer_metrics_" + DAY2 + ".csv")));
        try (Stream<Path> staged = Files.list(root.resolve("work").resolve("staged").resolve(DAY2))) {
            Map<String, String> files = new TreeMap<>();
            for (Path p : staged.toList()) {
                files.put(p.getFileName().toString(), sha256(p));
            }
            outcome.put("staged", files);
        }
        for (String table : new String[] {"customer", "account", "product", "staff", "org_unit", "customer_manager"}) {
            outcome.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        outcome.put("balances", jdbc.queryForObject("select count(*) || ':' || sum(balance_cny) from account_balance"
                + " where bal_date = ?", String.class, DATE2));
        outcome.put("shares", jdbc.queryForObject("select count(*) || ':' || sum(shares) from fund_share"
                + " where share_date = ?", String.class, DATE2));
        outcome.put("confirms", jdbc.queryForObject("select count(*) from fund_confirm where confirm_date = ?",
                Long.class, DATE2));
        outcome.put("rejects", jdbc.queryForObject("select count(*) from load_reject where biz_date = ?",
                Long.class, DATE2));
        outcome.put("mart", jdbc.queryForObject("select count(*) || ':' || sum(aum) || ':' || sum(aum_avg_30)"
                + " from customer_metrics where biz_date = ?", String.class, DATE2));
        return outcome;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
