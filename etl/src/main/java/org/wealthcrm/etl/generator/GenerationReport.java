package org.wealthcrm.etl.generator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wealthcrm.contract.extract.ControlFile;
import org.wealthcrm.contract.extract.ExtractFile;

/**
 * What a generator run wrote.
 *
 * @param population time spent drawing the customers before the first date
 * @param days       one entry per business date, in date order
 */
public record GenerationReport(Duration population, List<Day> days) {

    /** The files of one business date with their control files, and the time it took. */
    public record Day(LocalDate date, Map<ExtractFile, ControlFile> files, Duration elapsed) {

        public long rows() {
            return files.values().stream().mapToLong(ControlFile::recordCount).sum();
        }

        public long bytes() {
            return files.values().stream().mapToLong(ControlFile::byteSize).sum();
        }
    }

    public long rows() {
        return days.stream().mapToLong(Day::rows).sum();
    }

    public long rows(ExtractFile file) {
        return days.stream().map(d -> d.files().get(file)).filter(Objects::nonNull)
            .mapToLong(ControlFile::recordCount).sum();
    }

    public Duration elapsed() {
        return days.stream().map(Day::elapsed).reduce(population, Duration::plus);
    }
}
