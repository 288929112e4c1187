package org.wealthcrm.analytics.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealthcrm.analytics.NightlyMetricsJob;
import org.wealthcrm.etl.generator.BankGenerator;
import org.wealthcrm.etl.generator.GeneratorOptions;

/**
 * The analytics jar on a real Spark standalone cluster — a master and two workers on loopback started from the
 * Maven artefacts by {@code cluster/standalone-cluster}, the job submitted through
 * {@code org.apache.spark.deploy.SparkSubmit} — writes the same bytes as local mode for the same business date.
 */
class SparkStandaloneClusterIT {

    private static final String DATE = "20261120";

    @TempDir
    static Path dir;

    @BeforeAll
    static void generateBank() throws IOException {
        BankGenerator.generate(GeneratorOptions.of(dir.resolve("staged"), 3000, LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 20), 7));
    }

    @Test
    void submitWhenRunOnTwoWorkersThenOutputEqualsLocalModeByteForByte() throws Exception {
        Path local = dir.resolve("local.csv");
        Path cluster = dir.resolve("cluster.csv");
        assertThat(NightlyMetricsJob.run(jobArgs("history-local", local, "--master", "local[2]"))).isZero();

        Process submit = new ProcessBuilder(command(jobArgs("history-cluster", cluster)))
                .redirectErrorStream(true).redirectOutput(dir.resolve("cluster-run.log").toFile()).start();
        boolean ended = submit.waitFor(10, TimeUnit.MINUTES);

        String log = Files.readString(dir.resolve("cluster-run.log"), StandardCharsets.UTF_8);
        System.out.println(log);
        assertThat(ended).as("cluster run ended within 10 minutes").isTrue();
        assertThat(submit.exitValue()).as(log).isZero();
        assertThat(log).contains("[cluster] 2 workers registered");
        for (int worker = 1; worker <= 2; worker++) {
            assertThat(Files.readString(dir.resolve("cluster/logs/worker-" + worker + ".log")))
                    .as("worker %d ran an executor of the job", worker).contains("Asked to launch executor");
        }
        List<String> rows = Files.readAllLines(local, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).startsWith("cust_id,biz_date,aum,aum_avg_30,tier");
        assertThat(rows.size()).isGreaterThan(2000);
        assertThat(Files.mismatch(local, cluster)).as("first differing byte").isEqualTo(-1L);
    }

    private static String[] jobArgs(String history, Path output, String... more) {
        List<String> args = new ArrayList<>(List.of("--business-date", DATE, "--staged",
                dir.resolve("staged").toString(), "--history", dir.resolve(history).toString(),
                "--output", output.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static List<String> command(String[] jobArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of("env", "SPARK_MASTER_PORT=" + freePort(),
                "ANALYTICS_TARGET=" + System.getProperty("analytics.target"), "bash",
                new File(System.getProperty("analytics.cluster-script")).getPath(), dir.resolve("cluster").toString()));
        command.addAll(List.of(jobArgs));
        return command;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
