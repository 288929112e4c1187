package org.wealthcrm.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What crm-batch answers before Spring starts: nothing here creates an application context or a database. */
class StandaloneCommandsTest {

    private final PrintStream realOut = System.out;
    private final PrintStream realErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(realOut);
        System.setErr(realErr);
    }

    @Test
    void runWhenHelpThenUsageOfEveryCommand() {
        assertThat(StandaloneCommands.run("--help")).isEqualTo(OptionalInt.of(0));
        assertThat(printed()).contains("Usage: crm-batch", "night", "demo", "generate", "serve", "train-churn",
                "train-propensity", "bench", "help");
    }

    @Test
    void runWhenNoCommandThenUsage() {
        assertThat(StandaloneCommands.run("--crm.work-dir=/tmp/x")).isEqualTo(OptionalInt.of(0));
        assertThat(printed()).contains("Usage: crm-batch");
    }

    @Test
    void runWhenCommandHelpThenThatCommandsOptions() {
        assertThat(StandaloneCommands.run("night", "--help")).isEqualTo(OptionalInt.of(0));
        assertThat(printed()).contains("Usage: crm-batch night", "--date");
        assertThat(StandaloneCommands.run("help", "demo")).isEqualTo(OptionalInt.of(0));
        assertThat(printed()).contains("Usage: crm-batch demo", "--customers");
        assertThat(StandaloneCommands.run("generate", "--help")).isEqualTo(OptionalInt.of(0));
        assertThat(printed()).contains("Usage: crm-batch generate", "--out", "--from", "--to");
    }

    @Test
    void runWhenGenerateWithTheGeneratorsOptionsThenFilesWritten(@TempDir Path landing) {
        OptionalInt exit = StandaloneCommands.run("generate", "--out", landing.toString(), "--customers", "100",
                "--from", "20261119", "--to", "20261120", "--quiet");

        assertThat(exit).as(this::printed).isEqualTo(OptionalInt.of(0));
        assertThat(Files.isDirectory(landing.resolve("20261119"))).isTrue();
        assertThat(Files.isDirectory(landing.resolve("20261120"))).isTrue();
    }

    @Test
    void runWhenGeneratorRefusesAValueThenOneLineAndUsageExit(@TempDir Path landing) {
        OptionalInt exit = StandaloneCommands.run("generate", "--out", landing.toString(), "--customers", "30",
                "--from", "20261119", "--to", "20261120");

        assertThat(exit).isEqualTo(OptionalInt.of(2));
        assertThat(printed()).isEqualTo("generate: customers must be between 100 and 10,000,000, got 30\n");
    }

    @Test
    void runWhenOptionMistypedThenUsageErrorWithoutTheApplication() {
        assertThat(StandaloneCommands.run("night", "--dat", "20261120")).isEqualTo(OptionalInt.of(2));
        assertThat(printed()).contains("Unknown options: '--dat', '20261120'", "Possible solutions: --date");
        assertThat(StandaloneCommands.run("nigth")).isEqualTo(OptionalInt.of(2));
        assertThat(printed()).contains("Unmatched argument at index 0: 'nigth'");
    }

    @Test
    void runWhenCommandNeedsTheDatabaseThenLeftToSpring() {
        assertThat(StandaloneCommands.run("night", "--date", "20261120")).isEmpty();
        assertThat(StandaloneCommands.run("demo", "--customers", "200", "--crm.landing-dir=var/x")).isEmpty();
        assertThat(printed()).isEmpty();
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }
}
