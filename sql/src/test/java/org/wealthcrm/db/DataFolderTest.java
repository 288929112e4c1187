package org.wealthcrm.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;

/** A second server on a data folder already in use is refused before it starts, and the first one keeps running. */
class DataFolderTest {

    @TempDir
    Path temp;

    @Test
    void startWhenFolderInUseThenRefusedNamingFolderAndProcessAndFirstServerUntouched() throws IOException {
        Path folder = temp.resolve("pgdata");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder, 0)) {
            long pid = Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).get(0).strip());

            assertThatThrownBy(() -> EmbeddedDatabase.start(folder, 0))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessage("data folder " + folder + " is in use by PostgreSQL process " + pid
                            + " (another crm-batch or crm-web on this folder); stop it or set"
                            + " crm.db.embedded.data-dir to another folder");
            assertThat(new JdbcTemplate(first.dataSource()).queryForObject("select 41 + 1", Integer.class))
                    .isEqualTo(42);
        }
    }

    @Test
    void checkFreeWhenPidFileNamesAnEndedProcessThenFolderIsFree() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        assertThat(ended.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Files.writeString(temp.resolve("postmaster.pid"), ended.pid() + "\n" + temp + "\n");

        assertThat(DataFolderInUseException.runningServer(temp)).isEmpty();
    }

    @Test
    void checkFreeWhenPidFileNamesALiveProcessThenThatProcess() throws IOException {
        long self = ProcessHandle.current().pid();
        Files.writeString(temp.resolve("postmaster.pid"), self + "\n");

        assertThat(DataFolderInUseException.runningServer(temp)).contains(self);
    }

    @Test
    void analyzeWhenStartupFailsOnFolderInUseThenOneLineAndWhatToDo() {
        DataFolderInUseException inUse = new DataFolderInUseException(Path.of("/srv/crm/pgdata"), 4242);
        FailureAnalysis analysis = new DataFolderInUseFailureAnalyzer()
                .analyze(new BeanCreationException("embeddedDatabase", "start failed", inUse));

        assertThat(analysis.getDescription()).isEqualTo("data folder /srv/crm/pgdata is in use by PostgreSQL process"
                + " 4242 (another crm-batch or crm-web on this folder); stop it or set crm.db.embedded.data-dir to"
                + " another folder");
        assertThat(analysis.getAction()).isEqualTo("Stop process 4242, or start this one with"
                + " --crm.db.embedded.data-dir=<another folder> (and another --crm.db.embedded.port).");
    }
}
