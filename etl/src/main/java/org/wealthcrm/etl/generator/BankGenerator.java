package org.wealthcrm.etl.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeded demo-bank generator: writes {@code <out>/<YYYYMMDD>/} with every extract file and its .ok
 * control file for each calendar day from..to. The same options always give byte-identical files.
 */
public final class BankGenerator {

    private BankGenerator() {
    }

    public static GenerationReport generate(GeneratorOptions options) throws IOException {
        Files.createDirectories(options.out());
        long days = options.to().toEpochDay() - options.from().toEpochDay() + 1;
        try (Progress progress = options.quiet() ? Progress.quiet()
            : Progress.onStderr("demo bank", options.customers() * (days + 1))) {
            progress.message("drawing customers");
            long started = System.nanoTime();
            Bank bank = Bank.create(options, progress);
            Duration population = Duration.ofNanos(System.nanoTime() - started);
            DayFiles files = new DayFiles(bank);
            List<GenerationReport.Day> written = new ArrayList<>();
            for (int day = 0; day < bank.calendar.size(); day++) {
                written.add(files.write(day, progress));
            }
            return new GenerationReport(population, written);
        }
    }
}
