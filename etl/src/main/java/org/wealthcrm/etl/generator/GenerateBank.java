package org.wealthcrm.etl.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Command line of the demo-bank generator. */
@Command(name = "generate-bank", mixinStandardHelpOptions = true,
    description = "Writes a seeded, deterministic demo bank as upstream extract files (one folder per date).")
public final class GenerateBank implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "Landing directory.")
    Path out;

    @Option(names = "--customers", defaultValue = "2000", description = "Number of customers (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--from", required = true, converter = DateConverter.class, description = "First business date YYYYMMDD.")
    LocalDate from;

    @Option(names = "--to", required = true, converter = DateConverter.class, description = "Last business date YYYYMMDD.")
    LocalDate to;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bad-rows", defaultValue = "0", description = "Bad rows of each kind in the last date's files.")
    int badRows;

    @Option(names = "--drift-share", defaultValue = "0.05",
        description = "Share of customers with AUM >= 50,000 that drift away (default ${DEFAULT-VALUE}).")
    double driftShare;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateBank()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        GeneratorOptions options = new GeneratorOptions(out, customers, from, to, seed, badRows, driftShare, quiet);
        GenerationReport report = BankGenerator.generate(options);
        if (!quiet) {
            for (GenerationReport.Day day : report.days()) {
                System.err.printf("%s  %,d rows  %,d bytes  %.1f s%n", day.date().format(DateTimeFormatter.BASIC_ISO_DATE),
                    day.rows(), day.bytes(), day.elapsed().toMillis() / 1000.0);
            }
            System.err.printf("customers drawn in %.1f s; %,d rows in %.1f s%n", report.population().toMillis() / 1000.0,
                report.rows(), report.elapsed().toMillis() / 1000.0);
        }
        return 0;
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
        }
    }
}
