package org.wealthcrm.etl.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealthcrm.contract.extract.ControlFile;
import org.wealthcrm.contract.extract.ExtractFile;

class GeneratorDeterminismTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 3);

    @TempDir
    Path dir;

    @Test
    void generateWhenSameSeedTwiceThenByteIdenticalFiles() throws IOException {
        Map<String, String> first = hashes(generate("a", 42, 2));
        Map<String, String> second = hashes(generate("b", 42, 2));
        assertThat(first).hasSize(3 * 12 + 1).isEqualTo(second);
    }

    @Test
    void generateWhenOtherSeedThenCustomerFileDiffers() throws IOException {
        Map<String, String> first = hashes(generate("a", 42, 0));
        Map<String, String> second = hashes(generate("b", 43, 0));
        assertThat(first.get("cbs_customer_20261101.dat")).isNotEqualTo(second.get("cbs_customer_20261101.dat"));
    }

    @Test
    void generateWhenBadRowsInjectedThenGoodRowsUnchanged() throws IOException {
        GenerationReport clean = generate("a", 7, 0);
        GenerationReport dirty = generate("b", 7, 2);
        Landing a = new Landing(dir.resolve("a"));
        Landing b = new Landing(dir.resolve("b"));
        for (ExtractFile file : ExtractFile.values()) {
            if (file.required()) {
                java.util.List<String> dirtyLines = new java.util.ArrayList<>(b.lines(TO, file));
                b.manifest(TO).stream().filter(r -> r[0].equals(file.fileName(TO)))
                    .map(r -> Integer.parseInt(r[1]) - 1).sorted(java.util.Comparator.reverseOrder())
                    .forEach(i -> dirtyLines.remove((int) i));
                assertThat(dirtyLines).as(file.name()).isEqualTo(a.lines(TO, file));
            }
        }
        assertThat(dirty.rows() - clean.rows()).isEqualTo(2L * BadRowKind.values().length);
    }

    @Test
    void generateWhenEveryoneDriftsThenFarMoreMoneyLeavesForOtherBanks() throws IOException {
        generate("a", 5, 0, 0.0);
        generate("b", 5, 0, 1.0);
        long none = interbankOut("a");
        long all = interbankOut("b");
        assertThat(all).isGreaterThan(3 * none);
    }

    @Test
    void optionsWhenToBeforeFromThenRejected() {
        assertThatThrownBy(() -> GeneratorOptions.of(dir, 1000, TO, FROM, 1))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("to 2026-11-01 is before from 2026-11-03");
    }

    private long interbankOut(String name) {
        Landing landing = new Landing(dir.resolve(name));
        long cents = 0;
        for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
            for (String[] t : landing.rows(d, ExtractFile.CBS_TXN)) {
                if (t[9].equals("2002") && !t[10].isEmpty()) {
                    cents += Landing.cents(t[7]);
                }
            }
        }
        return cents;
    }

    private GenerationReport generate(String name, long seed, int badRows) throws IOException {
        return generate(name, seed, badRows, GeneratorOptions.DEFAULT_DRIFT_SHARE);
    }

    private GenerationReport generate(String name, long seed, int badRows, double drift) throws IOException {
        return BankGenerator.generate(GeneratorOptions.of(dir.resolve(name), 500, FROM, TO, seed)
            .withBadRows(badRows).withDriftShare(drift));
    }

    private Map<String, String> hashes(GenerationReport report) {
        Map<String, String> hashes = report.days().stream().flatMap(d -> d.files().values().stream())
            .collect(Collectors.toMap(ControlFile::fileName, ControlFile::sha256Hex));
        return hashes;
    }
}
