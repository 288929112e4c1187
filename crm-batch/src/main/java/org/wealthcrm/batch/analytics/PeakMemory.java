package org.wealthcrm.batch.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak resident memory of a child process, read from Linux's {@code VmHWM} (its high-water mark) once a
 * second while it runs; zero where /proc is not available.
 */
final class PeakMemory implements AutoCloseable {

    private final AtomicLong peakBytes = new AtomicLong();
    private final Thread sampler;

    PeakMemory(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        sampler = new Thread(() -> sample(status), "peak-memory-" + pid);
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample(Path status) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        long kib = Long.parseLong(line.replaceAll("\\D", ""));
                        peakBytes.accumulateAndGet(kib * 1024, Math::max);
                    }
                }
                Thread.sleep(1000);
            } catch (IOException | RuntimeException ended) {
                return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakBytes() {
        return peakBytes.get();
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
