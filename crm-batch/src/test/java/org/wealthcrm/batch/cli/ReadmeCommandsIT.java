package org.wealthcrm.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealthcrm.db.EmbeddedDatabase;

/**
 * The crm-batch commands of the READMEs, run as written by the packaged jar from a folder laid out like the
 * repository (so {@code var/} is the test's own): usage starts nothing, {@code generate} starts no database, the
 * night runs, and a second instance on a data folder in use stops with one line naming the folder and the process.
 */
class ReadmeCommandsIT {

    private static final String JAR = "java -jar crm-batch/target/crm-batch.jar ";
    private static final Path MODULE = Path.of("").toAbsolutePath();

    @TempDir
    static Path checkout;

    @BeforeAll
    static void layOut() throws IOException {
        Files.createSymbolicLink(checkout.resolve("crm-batch"), MODULE);
        Files.createSymbolicLink(checkout.resolve("crm-analytics"), MODULE.resolveSibling("crm-analytics"));
    }

    @Test
    void runWhenReadmeSynopsisAskedForHelpThenUsageAndNoDatabase() throws Exception {
        List<String> synopses = readmeCommands().stream().filter(line -> line.contains("[")).toList();
        assertThat(synopses).hasSizeGreaterThanOrEqualTo(3);
        for (String synopsis : synopses) {
            String command = synopsis.substring(JAR.length()).split(" ")[0];
            Run help = run(JAR + command + " --help");
            assertThat(help.exit()).as(help.output()).isZero();
            assertThat(help.output()).startsWith("Usage: crm-batch " + command);
        }
        assertThat(checkout.resolve("var/pgdata")).doesNotExist();
    }

    @Test
    void runWhenReadmeGenerateAndNightThenDateDoneAndSecondInstanceRefusedInOneLine() throws Exception {
        Run generate = run(readmeCommands().stream().filter(line -> line.startsWith(JAR + "generate ")).findFirst()
                .orElseThrow());
        assertThat(generate.exit()).as(generate.output()).isZero();
        assertThat(checkout.resolve("var/landing/20261120")).isDirectory();
        assertThat(checkout.resolve("var/pgdata")).doesNotExist();

        String night = rootReadmeNight();
        Run first = run(night);
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("20261120");

        Path folder = checkout.resolve("var/pgdata").toAbsolutePath();
        try (EmbeddedDatabase running = EmbeddedDatabase.start(folder, 0)) {
            long pid = Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).get(0).strip());
            Run second = run(night);
            assertThat(second.exit()).isEqualTo(1);
            assertThat(second.output()).contains("data folder " + folder + " is in use by PostgreSQL process " + pid)
                    .doesNotContain("\tat ", "Exception in thread");
        }
    }

    private static List<String> readmeCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        for (Path readme : List.of(MODULE.resolve("README.md"), MODULE.resolveSibling("README.md"))) {
            try (Stream<String> lines = Files.lines(readme)) {
                lines.map(String::strip).filter(line -> line.startsWith(JAR))
                        .map(line -> line.replaceAll("\\s+#.*$", "").strip()).forEach(commands::add);
            }
        }
        return commands;
    }

    /** The root README writes the night inline: {@code `java -jar ... night --date 20261120`}. */
    private static String rootReadmeNight() throws IOException {
        String readme = Files.readString(MODULE.resolveSibling("README.md"));
        int start = readme.indexOf("`" + JAR + "night ");
        assertThat(start).isNotNegative();
        return readme.substring(start + 1, readme.indexOf('`', start + 1));
    }

    private static Run run(String commandLine) throws Exception {
        List<String> command = new ArrayList<>(Arrays.asList(commandLine.split(" ")));
        command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(1, "-Xmx1g");
        Path log = Files.createTempFile(checkout, "run", ".log");
        Process process = new ProcessBuilder(command).directory(checkout.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Run(int exit, String output) {
    }
}
