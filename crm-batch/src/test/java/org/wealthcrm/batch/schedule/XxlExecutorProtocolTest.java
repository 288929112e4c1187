package org.wealthcrm.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Drives the real executor over HTTP exactly as the XXL-Job admin does (no admin configured: the executor only
 * warns, callbacks stay queued): beat, run, idle beat, log, kill, and the access token.
 */
@SpringBootTest(properties = {"crm.db.embedded.data-dir=", "crm.db.embedded.port=0", "crm.xxl.enabled=true",
        "crm.xxl.access-token=" + XxlExecutorProtocolTest.TOKEN})
@DirtiesContext
class XxlExecutorProtocolTest {

    static final String TOKEN = "s3cret-token";
    static final Path ROOT = tempDir();
    static final int PORT = freePort();
    private static final AtomicInteger JOB_IDS = new AtomicInteger(100);
    private final ExecutorClient admin = new ExecutorClient(PORT, TOKEN);

    @Autowired
    SlowJob slowJob;

    @TestConfiguration
    static class Handlers {
        @Bean
        SlowJob slowJob() {
            return new SlowJob();
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("crm.xxl.port", () -> PORT);
        registry.add("crm.xxl.log-path", () -> ROOT.resolve("xxl-logs").toString());
        registry.add("crm.landing-dir", () -> ROOT.resolve("landing").toString());
        registry.add("crm.work-dir", () -> ROOT.resolve("work").toString());
        registry.add("crm.export-dir", () -> ROOT.resolve("export").toString());
    }

    /** The executor binds its port on a thread of its own, shortly after the context has started. */
    @BeforeEach
    void executorListens() throws InterruptedException {
        awaitTrue(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", PORT), 200);
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    @Test
    void executorWhenNoBindAddressConfiguredThenListensOnLoopbackOnly() throws Exception {
        java.util.List<java.net.InetAddress> others = java.util.Collections.list(
                        java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(nic -> java.util.Collections.list(nic.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address).toList();
        org.junit.jupiter.api.Assumptions.assumeFalse(others.isEmpty(), "no non-loopback IPv4 address here");

        for (java.net.InetAddress other : others) {
            try (Socket socket = new Socket()) {
                assertThat(connects(socket, new InetSocketAddress(other, PORT))).as(other.toString()).isFalse();
            }
        }
    }

    private static boolean connects(Socket socket, InetSocketAddress address) {
        try {
            socket.connect(address, 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    @Test
    void beatWhenTokenIsRightThenCode200() throws Exception {
        JsonObject beat = admin.post("/beat", Map.of());

        assertThat(beat.get("code").getAsInt()).isEqualTo(200);
        assertThat(beat.get("msg").getAsString()).isEqualTo("Success");
    }

    @Test
    void beatWhenTokenIsMissingOrWrongThenRefused() throws Exception {
        for (String token : new String[] {null, "wrong-token"}) {
            JsonObject beat = new ExecutorClient(PORT, token).post("/beat", Map.of());

            assertThat(beat.get("code").getAsInt()).as("token %s", token).isEqualTo(500);
            assertThat(beat.get("msg").getAsString()).isEqualTo("The access token is wrong.");
        }
    }

    @Test
    void runWhenTokenIsWrongThenRefusedAndNothingRuns() throws Exception {
        int jobId = JOB_IDS.incrementAndGet();
        long logId = jobId * 10L;
        JsonObject run = new ExecutorClient(PORT, "wrong-token").run(jobId, "slowJob", "", logId, now());

        assertThat(run.get("code").getAsInt()).isEqualTo(500);
        assertThat(run.get("msg").getAsString()).isEqualTo("The access token is wrong.");
        assertThat(admin.post("/idleBeat", Map.of("jobId", jobId)).get("code").getAsInt()).isEqualTo(200);
        assertThat(slowJob.ending(logId)).isNotDone();
    }

    @Test
    void runWhenSlowJobTriggeredThenIdleBeatBusyAndLogShowsItsLines() throws Exception {
        int jobId = JOB_IDS.incrementAndGet();
        long logId = jobId * 10L;
        long logDateTime = now();
        JsonObject run = admin.run(jobId, "slowJob", "", logId, logDateTime);
        assertThat(run.get("code").getAsInt()).isEqualTo(200);
        assertThat(run.get("msg").getAsString()).isEqualTo("Success");
        try {
            awaitTrue(() -> logOf(logId, logDateTime).contains("slow step 3"));
            JsonObject idle = admin.post("/idleBeat", Map.of("jobId", jobId));
            assertThat(idle.get("code").getAsInt()).isEqualTo(500);
            assertThat(idle.get("msg").getAsString()).isEqualTo("job thread is running or has trigger queue.");
            assertThat(logOf(logId, logDateTime)).contains("xxl-job job execute start", "slow step 1", "slow step 2");
        } finally {
            admin.post("/kill", Map.of("jobId", jobId));
        }
    }

    @Test
    void killWhenSlowJobRunsThenItIsInterruptedAndIdleBeatIsIdle() throws Exception {
        int jobId = JOB_IDS.incrementAndGet();
        long logId = jobId * 10L;
        long logDateTime = now();
        admin.run(jobId, "slowJob", "", logId, logDateTime);
        awaitTrue(() -> logOf(logId, logDateTime).contains("slow step 2"));

        JsonObject kill = admin.post("/kill", Map.of("jobId", jobId));

        assertThat(kill.get("code").getAsInt()).isEqualTo(200);
        assertThat(kill.get("msg").getAsString()).isEqualTo("Success");
        assertThat(slowJob.ending(logId).get(5, TimeUnit.SECONDS)).isEqualTo("interrupted");
        awaitTrue(() -> logOf(logId, logDateTime).contains("handleMsg = interrupted"));
        assertThat(logOf(logId, logDateTime)).contains("slow job interrupted");
        JsonObject idle = admin.post("/idleBeat", Map.of("jobId", jobId));
        assertThat(idle.get("code").getAsInt()).isEqualTo(200);
        JsonObject again = admin.post("/kill", Map.of("jobId", jobId));
        assertThat(again.get("data").getAsString()).isEqualTo("job thread already killed.");
    }

    @Test
    void runWhenNightlyRunHasNoDeliveryThenFailsWithCleanMessage() throws Exception {
        int jobId = JOB_IDS.incrementAndGet();
        long logId = jobId * 10L;
        long logDateTime = now();

        assertThat(admin.run(jobId, "nightlyRun", "", logId, logDateTime).get("code").getAsInt()).isEqualTo(200);

        awaitTrue(() -> logOf(logId, logDateTime).contains("handleCode=500"));
        assertThat(logOf(logId, logDateTime)).contains("handleCode=500, handleMsg = no complete delivery in "
                + ROOT.resolve("landing"));
        assertThat(admin.post("/idleBeat", Map.of("jobId", jobId)).get("code").getAsInt()).isEqualTo(200);
    }

    @Test
    void runWhenNightlyRunParameterIsNotADateThenFailsNamingIt() throws Exception {
        int jobId = JOB_IDS.incrementAndGet();
        long logId = jobId * 10L;
        long logDateTime = now();

        admin.run(jobId, "nightlyRun", "2026-11-20", logId, logDateTime);

        awaitTrue(() -> logOf(logId, logDateTime).contains("handleCode=500"));
        assertThat(logOf(logId, logDateTime)).contains("handleMsg = the parameter must be a business date YYYYMMDD"
                + " or empty, not '2026-11-20'");
    }

    @Test
    void runWhenHandlerIsUnknownThenRefused() throws Exception {
        JsonObject run = admin.run(JOB_IDS.incrementAndGet(), "noSuchJob", "", 1L, now());

        assertThat(run.get("code").getAsInt()).isEqualTo(500);
        assertThat(run.get("msg").getAsString()).isEqualTo("job handler [noSuchJob] not found.");
    }

    private String logOf(long logId, long logDateTime) {
        try {
            return admin.log(logId, logDateTime);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 20 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The admin's trigger timestamp; it names the job log's folder. Wall clock on purpose: it is not business time. */
    private static long now() {
        return System.currentTimeMillis();
    }

    private static Path tempDir() {
        try {
            Path root = Files.createTempDirectory("xxl-protocol");
            Files.createDirectories(root.resolve("landing"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
