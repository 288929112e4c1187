package org.wealthcrm.analytics;

/**
 * Runs {@link NightlyMetricsJob} as the child of another JVM and ends with it: when the parent dies (even by
 * kill -9), this process halts instead of living on as an orphan that still writes the history.
 */
public final class WithParent {

    private WithParent() {
    }

    public static void main(String[] args) {
        endWithParent();
        System.exit(NightlyMetricsJob.run(args));
    }

    /** Halts this JVM as soon as the process that started it ends. */
    static void endWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.err.println("[analytics] parent process " + parent.pid() + " ended; stopping");
            Runtime.getRuntime().halt(137);
        }));
    }
}
