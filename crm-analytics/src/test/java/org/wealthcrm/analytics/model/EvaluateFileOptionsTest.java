package org.wealthcrm.analytics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealthcrm.analytics.SparkTestSession;

/** The evaluation command on files as banks deliver them: ';' separators, text labels, columns to ignore. */
class EvaluateFileOptionsTest {

    @TempDir
    Path dir;

    /**
     * 200 rows, score = i mod 100, churned = "yes" exactly when score ≥ 50, else "no": any model monotone in the
     * score ranks every churner above every stayer, so the AUC of each fold is exactly 1.0. Two folds × one
     * repeat of LR = two fits, so two progress lines "fit 1/2" and "fit 2/2".
     */
    @Test
    void runWhenSemicolonFileHasYesNoLabelsThenEvaluatesAndPrintsProgressPerFit() throws IOException {
        List<String> lines = new ArrayList<>(List.of("row_no;score;region;churned"));
        for (int i = 0; i < 200; i++) {
            lines.add(i + ";" + (i % 100) + ";" + (i % 2 == 0 ? "east" : "west") + ";" + (i % 100 >= 50 ? "Yes" : "no"));
        }
        Path csv = write("bank.csv", lines);
        SparkTestSession.get();

        Captured out = capture(() -> EvaluateModel.run(new String[] {"--csv", csv.toString(), "--label", "churned",
            "--sep", ";", "--ignore", "row_no", "--folds", "2", "--repeats", "1", "--model", "lr"}));

        assertThat(out.exitCode).isEqualTo(0);
        assertThat(out.text).contains("features numeric=[score] one-hot=[region]")
                .contains("[analytics] fit 1/2 LR repeat 1 fold ").contains("[analytics] fit 2/2 LR repeat 1 fold ")
                .contains("ETA 0 s");
        Map<ModelKind, AucSummary> results = EvaluateModel.evaluate(SparkTestSession.get(), EvaluateArgs.parse(
                new String[] {"--csv", csv.toString(), "--label", "churned", "--sep", ";", "--ignore", "row_no",
                    "--folds", "2", "--repeats", "1", "--model", "lr"}));
        assertThat(results.get(ModelKind.LR).mean()).isEqualTo(1.0);
    }

    @Test
    void runWhenLabelHasAThirdValueThenExit2NamingTheValuesAndTheirCounts() throws IOException {
        Path csv = write("odd.csv", List.of("score,churned", "1,Y", "2,N", "3,maybe", "4,maybe", "5,"));
        SparkTestSession.get();

        Captured out = capture(() -> EvaluateModel.run(new String[] {"--csv", csv.toString(), "--label", "churned",
            "--folds", "2", "--repeats", "1", "--model", "lr"}));

        assertThat(out.exitCode).isEqualTo(2);
        assertThat(out.text).contains("[analytics] ERROR label column churned has values that are not 0/1, yes/no,"
                + " true/false or Y/N: 'maybe' in 2 rows, (empty) in 1 rows");
    }

    @Test
    void evaluateWhenSeparatorIsWrongThenMessageSuggestsTheSeparator() throws IOException {
        Path csv = write("semi.csv", List.of("score;churned", "1;yes", "2;no"));

        assertThatThrownBy(() -> EvaluateModel.evaluate(SparkTestSession.get(), EvaluateArgs.parse(
                new String[] {"--csv", csv.toString(), "--label", "churned"})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no label column churned in " + csv + "; its columns: [score;churned] (the header was"
                        + " read as one column: is the separator right? e.g. --sep ';')");
    }

    @Test
    void evaluateWhenIgnoredColumnIsUnknownThenRefusedWithTheColumns() throws IOException {
        Path csv = write("plain.csv", List.of("score,churned", "1,true", "2,false"));

        assertThatThrownBy(() -> EvaluateModel.evaluate(SparkTestSession.get(), EvaluateArgs.parse(
                new String[] {"--csv", csv.toString(), "--label", "churned", "--ignore", "Surname"})))
                .hasMessage("no column Surname to ignore in " + csv + "; its columns: [score, churned]");
    }

    @Test
    void parseWhenSeparatorIsTabWordThenTabAndWhenTwoCharactersThenRefused() {
        assertThat(EvaluateArgs.parse(new String[] {"--csv", "x", "--label", "y", "--sep", "tab"}).separator())
                .isEqualTo("\t");
        assertThatThrownBy(() -> EvaluateArgs.parse(new String[] {"--csv", "x", "--label", "y", "--sep", ";;"}))
                .hasMessage("--sep takes one character (e.g. ';' or ','), or tab; got ';;'");
    }

    @Test
    void progressLineWhenThreeOfTwelveFitsTookThirtySecondsThenEtaIsNinetySeconds() {
        // 30 s for 3 fits = 10 s a fit; 9 fits left → 90 s
        assertThat(CrossValidation.FoldProgress.line(3, 12, "GBT repeat 1 fold 3/4", 0.86125, 30.0))
                .isEqualTo("[analytics] fit 3/12 GBT repeat 1 fold 3/4 AUC 0.8613, elapsed 30 s, ETA 90 s");
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private record Captured(int exitCode, String text) {
    }

    private interface Command {
        int run();
    }

    private static Captured capture(Command command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            int code = command.run();
            return new Captured(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
