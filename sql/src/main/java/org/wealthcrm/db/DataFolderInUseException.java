package org.wealthcrm.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The embedded database's data folder is in use by a running PostgreSQL server (another demo, another instance). */
public class DataFolderInUseException extends IllegalStateException {

    private final transient Path folder;
    private final long pid;

    DataFolderInUseException(Path folder, long pid) {
        super("data folder " + folder + " is in use by PostgreSQL process " + pid
                + " (another crm-batch or crm-web on this folder); stop it or set crm.db.embedded.data-dir to another folder");
        this.folder = folder;
        this.pid = pid;
    }

    /** Refuses {@code folder} when its {@code postmaster.pid} names a process that is alive. */
    static void checkFree(Path folder) {
        runningServer(folder).ifPresent(pid -> {
            throw new DataFolderInUseException(folder, pid);
        });
    }

    static Optional<Long> runningServer(Path folder) {
        Path pidFile = folder.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // a stale or half-written pid file: PostgreSQL itself decides at start
        }
    }

    public Path folder() {
        return folder;
    }

    public long pid() {
        return pid;
    }
}
