package org.wealthcrm.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wealthcrm.batch.night.NightlyRun;
import org.wealthcrm.etl.generator.GenerateBank;

import picocli.CommandLine;

/**
 * Interrupts the caller of a real night in the middle of its loads (as an XXL-Job kill does) on a small generated
 * bank, chunk size 1, and checks that Spring Batch records the stop and that the next run restarts the same job
 * instance where it stopped. No analytics run: every night here is stopped before them.
 */
@SpringBootTest(properties = {"crm.db.embedded.data-dir=", "crm.db.embedded.port=0", "crm.night.chunk-size=1",
        "crm.schedule.progress-interval=200ms", "crm.schedule.stop-wait=30s"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightRunnerTest {

    static final Path ROOT = tempDir();
    static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    @Autowired
    NightRunner runner;
    @Autowired
    NightExecutions executions;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    NightlyRun nightlyRun;
    @Autowired
    Housekeeping housekeeping;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("crm.landing-dir", () -> ROOT.resolve("landing").toString());
        registry.add("crm.work-dir", () -> ROOT.resolve("work").toString());
        registry.add("crm.export-dir", () -> ROOT.resolve("export").toString());
    }

    @BeforeAll
    static void bank() {
        int exit = new CommandLine(new GenerateBank()).execute("--out", ROOT.resolve("landing").toString(),
                "--customers", "300", "--from", "20261120", "--to", "20261120", "--seed", "5", "--quiet");
        assertThat(exit).isZero();
    }

    @Test
    @Order(1)
    void runWhenCallerIsInterruptedDuringALoadThenJobEndsStoppedBeforeAnalytics() throws Exception {
        List<String> progress = new CopyOnWriteArrayList<>();
        Interrupted run = interruptWhen(progress, () -> progress.stream().anyMatch(line -> line.matches(
                "night of 2026-11-20: job execution \\d+ STARTED, step load_\\w+: \\d+ read, \\d+ written")));

        JobExecution stopped = jobRepository.getJobExecution(run.jobExecutionId());
        assertThat(run.result().completed()).isFalse();
        assertThat(run.result().message()).isEqualTo("killed: the night of 2026-11-20 ended STOPPED (job execution "
                + run.jobExecutionId() + "); the next run of the date restarts it");
        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(steps(stopped)).extracting(StepExecution::getStepName).doesNotContain("analytics");
        assertThat(last(stopped).getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(progress).contains("kill: the night of 2026-11-20 is asked to stop at its next chunk or step"
                + " boundary");
    }

    @Test
    @Order(2)
    void runWhenLastRunWasStoppedThenSameInstanceRestartsAtTheStoppedStep() throws Exception {
        JobExecution before = executions.running(DATE).orElse(null);
        assertThat(before).as("nothing runs between tests").isNull();
        JobExecution stopped = lastExecution();

        Interrupted run = interruptWhen(new CopyOnWriteArrayList<>(), () -> runningStep().isPresent());

        JobExecution restarted = jobRepository.getJobExecution(run.jobExecutionId());
        assertThat(restarted.getId()).isGreaterThan(stopped.getId());
        assertThat(restarted.getJobInstance().getId()).isEqualTo(stopped.getJobInstance().getId());
        // a restart checks the delivery again, then resumes at the stopped step; the date is not cleared again
        assertThat(steps(restarted).get(0).getStepName()).isEqualTo("check_delivery");
        assertThat(steps(restarted).get(1).getStepName()).isEqualTo(last(stopped).getStepName());
        assertThat(steps(restarted)).extracting(StepExecution::getStepName).doesNotContain("prepare");
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.STOPPED);
    }

    @Test
    @Order(3)
    void runNightWhenLatestDeliveryIsAlreadyCompletedThenNothingRuns() {
        jdbc.update("insert into nightly_run (biz_date, status, started_at) values (?, 'COMPLETED', ?)", DATE,
                LocalDateTime.of(2026, 11, 21, 2, 30));
        long executionsBefore = lastExecution().getId();

        boolean completed = new EmbeddedSchedule(nightlyRun, runner, housekeeping).runNight();

        assertThat(completed).isTrue();
        assertThat(lastExecution().getId()).isEqualTo(executionsBefore);
    }

    /** Runs the night in a caller thread, interrupts that thread when the condition holds, returns the result. */
    private Interrupted interruptWhen(List<String> progress, BooleanSupplier condition) throws Exception {
        CompletableFuture<NightRunner.NightResult> result = new CompletableFuture<>();
        Thread caller = new Thread(() -> result.complete(runner.run(DATE, progress::add)), "caller");
        caller.start();
        awaitTrue(condition);
        long id = executions.running(DATE).orElseThrow().getId();
        caller.interrupt();
        return new Interrupted(id, result.get(60, TimeUnit.SECONDS));
    }

    private java.util.Optional<String> runningStep() {
        return executions.running(DATE).flatMap(e -> e.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.STARTED).map(StepExecution::getStepName).findFirst());
    }

    private JobExecution lastExecution() {
        return jobRepository.getJobExecution(jdbc.queryForObject(
                "select max(job_execution_id) from batch_job_execution", Long.class));
    }

    private static List<StepExecution> steps(JobExecution execution) {
        return execution.getStepExecutions().stream().sorted(Comparator.comparingLong(StepExecution::getId)).toList();
    }

    private static StepExecution last(JobExecution execution) {
        List<StepExecution> steps = steps(execution);
        return steps.get(steps.size() - 1);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 60 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("night-runner");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Interrupted(long jobExecutionId, NightRunner.NightResult result) {
    }
}
