package org.wealthcrm.contract.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlFileTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 21, 2, 0, 0);
    /** sha256 of the eight bytes "a|b\nc|d\n". */
    private static final String SHA = "92def7df5532febc6128dfdc626cc5936ee09df2280b32b51f4c1125f425b71b";

    @TempDir
    Path dir;

    @Test
    void describeWhenTwoLfTerminatedLinesThenTwoRecordsEightBytes() throws IOException {
        Path data = write("cbs_txn_20261120.dat", "a|b\nc|d\n");
        ControlFile control = ControlFile.describe(data, DATE, AT);
        assertThat(control).isEqualTo(new ControlFile("cbs_txn_20261120.dat", 2, 8, SHA, DATE, AT));
        assertThat(control.line()).isEqualTo("cbs_txn_20261120.dat|2|8|" + SHA + "|20261120|20261121020000");
    }

    @Test
    void describeWhenLastLineHasNoLfThenItIsNotCounted() throws IOException {
        Path data = write("cbs_txn_20261120.dat", "a|b\nc|d");
        assertThat(ControlFile.describe(data, DATE, AT).recordCount()).isEqualTo(1);
    }

    @Test
    void describeWhenEmptyFileThenZeroRecordsAndEmptyHash() throws IOException {
        Path data = write("ta_confirm_20261120.dat", "");
        ControlFile control = ControlFile.describe(data, DATE, AT);
        assertThat(control.recordCount()).isZero();
        assertThat(control.sha256Hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void writeThenReadWhenRoundTripThenEqualAndOneLfTerminatedLine() throws IOException {
        ControlFile control = new ControlFile("cbs_txn_20261120.dat", 2, 8, SHA, DATE, AT);
        Path ok = dir.resolve("cbs_txn_20261120.ok");
        control.write(ok);
        assertThat(Files.readString(ok)).isEqualTo(control.line() + "\n");
        assertThat(ControlFile.read(ok)).isEqualTo(control);
        assertThat(Files.list(dir)).containsExactly(ok);
    }

    @Test
    void disagreementsWhenFileMatchesThenNone() throws IOException {
        Path data = write("cbs_txn_20261120.dat", "a|b\nc|d\n");
        assertThat(ControlFile.describe(data, DATE, AT).disagreements(data)).isEmpty();
    }

    @Test
    void disagreementsWhenRecordCountDiffersThenNamedWithBothValues() throws IOException {
        Path data = write("cbs_txn_20261120.dat", "a|b\nc|d\n");
        ControlFile control = new ControlFile("cbs_txn_20261120.dat", 1000, 8, SHA, DATE, AT);
        assertThat(control.disagreements(data)).containsExactly("record_count 1000 in control file, 2 in data file");
    }

    @Test
    void disagreementsWhenByteSizeAndHashDifferThenBothListed() throws IOException {
        Path data = write("cbs_txn_20261120.dat", "a|b\nc|e\n");
        ControlFile control = new ControlFile("cbs_txn_20261120.dat", 2, 9, SHA, DATE, AT);
        assertThat(control.disagreements(data)).hasSize(2)
            .first().isEqualTo("byte_size 9 in control file, 8 in data file");
        assertThat(control.disagreements(data).get(1)).startsWith("sha256 " + SHA + " in control file, ");
    }

    @Test
    void disagreementsWhenFileNameAndDateDifferThenBothListed() throws IOException {
        Path data = write("cbs_txn_20261119.dat", "a|b\nc|d\n");
        ControlFile control = new ControlFile("cbs_txn_20261120.dat", 2, 8, SHA, DATE, AT);
        assertThat(control.disagreements(data)).containsExactly(
            "file_name cbs_txn_20261120.dat in control file, cbs_txn_20261119.dat on disk",
            "business_date 20261120 in control file, 20261119 in data file name");
    }

    @Test
    void readWhenFiveFieldsThenMalformedWithCount() throws IOException {
        Path ok = write("x.ok", "cbs_txn_20261120.dat|2|8|" + SHA + "|20261120\n");
        assertThatThrownBy(() -> ControlFile.read(ok)).isInstanceOf(MalformedControlFileException.class)
            .hasMessageContaining("x.ok: expected 6 fields").hasMessageEndingWith("got 5");
    }

    @Test
    void readWhenRecordCountNotANumberThenMalformedNamingTheField() throws IOException {
        Path ok = write("x.ok", "cbs_txn_20261120.dat|two|8|" + SHA + "|20261120|20261121020000\n");
        assertThatThrownBy(() -> ControlFile.read(ok)).isInstanceOf(MalformedControlFileException.class)
            .hasMessage("x.ok: record_count 'two' is not a non-negative whole number");
    }

    @Test
    void readWhenShaTooShortOrDatesBadThenMalformed() throws IOException {
        Path shortSha = write("a.ok", "f.dat|2|8|abc|20261120|20261121020000");
        assertThatThrownBy(() -> ControlFile.read(shortSha)).hasMessage("a.ok: sha256_hex 'abc' is not 64 hex digits");
        Path badDate = write("b.ok", "f.dat|2|8|" + SHA + "|20261131|20261121020000");
        assertThatThrownBy(() -> ControlFile.read(badDate)).hasMessage("b.ok: business_date '20261131' is not YYYYMMDD");
        Path badTime = write("c.ok", "f.dat|2|8|" + SHA + "|20261120|20261121026100");
        assertThatThrownBy(() -> ControlFile.read(badTime))
            .hasMessage("c.ok: generated_at '20261121026100' is not YYYYMMDDHHMMSS");
    }

    @Test
    void readWhenTwoLinesThenMalformed() throws IOException {
        Path ok = write("x.ok", "a\nb\n");
        assertThatThrownBy(() -> ControlFile.read(ok)).hasMessage("x.ok: expected exactly one line");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
