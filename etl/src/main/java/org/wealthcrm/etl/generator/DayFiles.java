package org.wealthcrm.etl.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.wealthcrm.contract.extract.ControlFile;
import org.wealthcrm.contract.extract.ExtractFile;

/** Writes the folder of one business date: the data files, any bad rows, then the .ok control files. */
final class DayFiles {

    private final Bank bank;
    private final DaySimulator simulator;
    private final SnapshotWriter snapshots;
    private final ReferenceWriter references;

    DayFiles(Bank bank) {
        this.bank = bank;
        this.simulator = new DaySimulator(bank);
        this.snapshots = new SnapshotWriter(bank);
        this.references = new ReferenceWriter(bank);
    }

    GenerationReport.Day write(int day, Progress progress) throws IOException {
        long started = System.nanoTime();
        LocalDate date = bank.calendar.date(day);
        Path dir = Files.createDirectories(bank.options.out().resolve(date.format(ControlFiles.YYYYMMDD)));
        progress.message("date " + date.format(ControlFiles.YYYYMMDD));
        Map<ExtractFile, RecordWriter.Summary> written = new EnumMap<>(ExtractFile.class);
        try (RecordWriter txn = open(dir, ExtractFile.CBS_TXN, date);
             RecordWriter confirms = open(dir, ExtractFile.TA_CONFIRM, date)) {
            simulator.simulate(day, txn, confirms, progress);
            txn.close();
            confirms.close();
            written.put(ExtractFile.CBS_TXN, txn.summary());
            written.put(ExtractFile.TA_CONFIRM, confirms.summary());
        }
        write(dir, date, ExtractFile.CBS_CUSTOMER, written, snapshots::customers);
        write(dir, date, ExtractFile.CBS_ACCOUNT, written, snapshots::accounts);
        write(dir, date, ExtractFile.CBS_BALANCE, written, out -> snapshots.balances(out, day));
        write(dir, date, ExtractFile.WM_PRODUCT, written, references::products);
        write(dir, date, ExtractFile.WM_HOLDING, written, out -> snapshots.holdings(out, day));
        write(dir, date, ExtractFile.TA_FUND, written, out -> references.funds(out, day));
        write(dir, date, ExtractFile.TA_NAV, written, out -> references.navs(out, day));
        write(dir, date, ExtractFile.TA_SHARE, written, out -> snapshots.shares(out, day));
        write(dir, date, ExtractFile.HR_ORG, written, bank.organisation::write);
        write(dir, date, ExtractFile.HR_STAFF, written, bank.staff::write);
        if (day == 0) {
            write(dir, date, ExtractFile.CRM_ASSIGN, written, references::assignments);
        }
        Map<ExtractFile, ControlFile> controls = ControlFiles.finish(bank, dir, date, day, written);
        return new GenerationReport.Day(date, controls, Duration.ofNanos(System.nanoTime() - started));
    }

    private static void write(Path dir, LocalDate date, ExtractFile file, Map<ExtractFile, RecordWriter.Summary> written,
                              Consumer<RecordWriter> body) {
        try (RecordWriter out = open(dir, file, date)) {
            body.accept(out);
            out.close();
            written.put(file, out.summary());
        }
    }

    private static RecordWriter open(Path dir, ExtractFile file, LocalDate date) {
        try {
            Files.deleteIfExists(dir.resolve(file.controlFileName(date)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RecordWriter(dir.resolve(file.fileName(date)));
    }

    static LocalDateTime generatedAt(LocalDate date) {
        return LocalDateTime.of(date.plusDays(1), LocalTime.of(2, 0));
    }
}
