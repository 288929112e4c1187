package org.wealthcrm.etl.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wealthcrm.contract.extract.ControlFile;
import org.wealthcrm.contract.extract.ExtractFile;

/** Injects the bad rows on the last date, then writes the .ok file of every data file of the date. */
final class ControlFiles {

    static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private ControlFiles() {
    }

    static Map<ExtractFile, ControlFile> finish(Bank bank, Path dir, LocalDate date, int day,
                                                Map<ExtractFile, RecordWriter.Summary> written) throws IOException {
        LocalDateTime generatedAt = DayFiles.generatedAt(date);
        Map<ExtractFile, ControlFile> controls = new EnumMap<>(ExtractFile.class);
        written.forEach((file, s) -> controls.put(file,
            new ControlFile(s.file().getFileName().toString(), s.records(), s.bytes(), s.sha256Hex(), date, generatedAt)));
        Files.deleteIfExists(dir.resolve(BadRowInjector.MANIFEST));
        boolean lastDay = day == bank.calendar.size() - 1;
        if (lastDay && bank.options.badRows() > 0) {
            Map<ExtractFile, Long> counts = new EnumMap<>(ExtractFile.class);
            written.forEach((file, s) -> counts.put(file, s.records()));
            BadRowInjector injector = new BadRowInjector(dir, date, bank.customers.size, bank.seed());
            List<ExtractFile> changed = injector.inject(bank.options.badRows(), counts);
            for (ExtractFile file : changed) {
                controls.put(file, ControlFile.describe(dir.resolve(file.fileName(date)), date, generatedAt));
            }
        }
        for (Map.Entry<ExtractFile, ControlFile> entry : controls.entrySet()) {
            entry.getValue().write(dir.resolve(entry.getKey().controlFileName(date)));
        }
        return controls;
    }
}
