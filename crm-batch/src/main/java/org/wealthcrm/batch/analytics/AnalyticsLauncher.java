package org.wealthcrm.batch.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts the Spark job of crm-analytics in a child JVM (Spark and Spring Boot 4 cannot share one JVM), streams
 * its progress lines into the log, and turns a non-zero exit into a clear failure. An interrupted step (a stop or
 * a kill from the scheduler) ends the child too.
 */
@Component
public class AnalyticsLauncher {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsLauncher.class);
    private static final String MAIN = "org.wealthcrm.analytics.WithParent";
    private final AnalyticsProperties properties;
    private volatile long lastPeakBytes;

    AnalyticsLauncher(AnalyticsProperties properties) {
        this.properties = properties;
    }

    public void run(LocalDate businessDate, Path stagedDir, Path historyDir, Path output) throws InterruptedException {
        run(businessDate, stagedDir, historyDir, output, line -> { });
    }

    /** Runs the date's analytics, handing each progress line of the child to {@code progress}. */
    public void run(LocalDate businessDate, Path stagedDir, Path historyDir, Path output, Consumer<String> progress)
            throws InterruptedException {
        execute(businessDate.toString(), command(businessDate, stagedDir, historyDir, output), progress);
    }

    /** Builds the history of past dates in one Spark session (go-live with past deliveries, the benchmark). */
    public void backfill(LocalDate from, LocalDate to, Path stagedDir, Path historyDir, Path outputDir)
            throws InterruptedException {
        DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
        execute(from + ".." + to, javaCommand("org.wealthcrm.analytics.Backfill", List.of(from.format(f),
                to.format(f), stagedDir.toString(), historyDir.toString(), outputDir.toString(), properties.master())),
                line -> { });
    }

    private void execute(String what, List<String> command, Consumer<String> progress) throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process process = start(builder);
        Deque<String> tail = new ArrayDeque<>();
        try (PeakMemory memory = new PeakMemory(process.pid());
             BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                remember(tail, line);
                if (line.startsWith("[analytics]")) {
                    log.info("{}", line);
                    progress.accept(line);
                }
            }
            int exit = process.waitFor();
            lastPeakBytes = memory.peakBytes();
            log.info("[analytics] {} child JVM peak resident memory {} MiB", what, lastPeakBytes >> 20);
            if (exit != 0) {
                throw new IllegalStateException("analytics for " + what + " failed with exit code " + exit
                        + ": " + String.join(" | ", tail));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the analytics output", e);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** Peak resident memory of the last analytics child JVM, in bytes (0 when unknown). */
    public long lastPeakBytes() {
        return lastPeakBytes;
    }

    private static void remember(Deque<String> tail, String line) {
        tail.addLast(line);
        if (tail.size() > 8) {
            tail.removeFirst();
        }
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the analytics JVM: " + builder.command().get(0), e);
        }
    }

    List<String> command(LocalDate businessDate, Path stagedDir, Path historyDir, Path output) {
        return javaCommand(MAIN, List.of("--business-date", businessDate.format(DateTimeFormatter.BASIC_ISO_DATE),
                "--staged", stagedDir.toString(), "--history", historyDir.toString(),
                "--output", output.toString(), "--master", properties.master(),
                "--models", modelsDir(historyDir).toString(),
                "--propensity-output", propensityBeside(output).toString()));
    }

    /** The propensity scores the child writes beside the metrics file: {@code propensity_<YYYYMMDD>.csv}. */
    public static Path propensityBeside(Path metricsCsv) {
        String name = metricsCsv.getFileName().toString();
        return metricsCsv.resolveSibling("propensity_" + (name.startsWith("metrics_") ? name.substring(8) : name));
    }

    /** Trains a new churn model version from the history of {@code from..to} (the nightly run then scores with it). */
    public void trainChurn(LocalDate from, LocalDate to, Path historyDir) throws InterruptedException {
        DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
        execute("churn model " + from + ".." + to, javaCommand("org.wealthcrm.analytics.model.TrainChurnModel",
                List.of("--history", historyDir.toString(), "--from", from.format(f), "--to", to.format(f),
                        "--models", modelsDir(historyDir).toString(), "--master", properties.master())), line -> { });
    }

    /** Trains a new propensity model version of one category (WEALTH or FUND) from the history of {@code from..to}. */
    public void trainPropensity(String category, LocalDate from, LocalDate to, Path historyDir)
            throws InterruptedException {
        DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
        execute(category + " propensity model " + from + ".." + to, javaCommand(
                "org.wealthcrm.analytics.model.TrainPropensityModel", List.of("--category", category,
                        "--history", historyDir.toString(), "--from", from.format(f), "--to", to.format(f),
                        "--models", modelsDir(historyDir).toString(), "--master", properties.master())),
                line -> { });
    }

    /** Model versions live beside the history: {@code <work>/models/churn/vNNN}, {@code models/propensity/<c>/vNNN}. */
    private static Path modelsDir(Path historyDir) {
        return historyDir.resolveSibling("models");
    }

    private List<String> javaCommand(String main, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + properties.heap());
        command.addAll(SparkJvmFlags.FLAGS);
        command.add("-cp");
        command.add(classpath());
        command.add(main);
        command.addAll(arguments);
        return command;
    }

    private String classpath() {
        Path target = properties.home().resolve("target");
        Path file = target.resolve("analytics.classpath");
        try {
            return target.resolve("classes").toAbsolutePath() + java.io.File.pathSeparator
                    + Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath()
                    + " (build crm-analytics first: ./mvnw -pl crm-analytics package)", e);
        }
    }
}
