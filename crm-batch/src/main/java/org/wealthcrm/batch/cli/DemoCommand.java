package org.wealthcrm.batch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.wealthcrm.batch.demo.DemoUsers;
import org.wealthcrm.batch.night.NightlyRun;
import org.wealthcrm.batch.night.RunReport;
import org.wealthcrm.etl.generator.BankGenerator;
import org.wealthcrm.etl.generator.GeneratorOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates a demo bank, runs its nights in date order and creates one demo user per role.")
class DemoCommand implements Callable<Integer> {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    @Option(names = "--customers", defaultValue = "2000", description = "number of customers (default ${DEFAULT-VALUE})")
    int customers;

    @Option(names = "--days", defaultValue = "5", description = "business dates to generate and run (default ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--to", defaultValue = "20261120", description = "last business date (default ${DEFAULT-VALUE})")
    String to;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    private final NightlyRun nightlyRun;
    private final RunReport report;
    private final DemoUsers demoUsers;
    private final Path landing;

    DemoCommand(NightlyRun nightlyRun, RunReport report, DemoUsers demoUsers,
                @Value("${crm.landing-dir}") Path landing) {
        this.nightlyRun = nightlyRun;
        this.report = report;
        this.demoUsers = demoUsers;
        this.landing = landing;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate last = LocalDate.parse(to, YYYYMMDD);
        LocalDate first = last.minusDays(days - 1L);
        if (!Files.exists(landing.resolve(to))) {
            BankGenerator.generate(GeneratorOptions.of(landing, customers, first, last, seed).withQuiet(false));
        }
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (nightlyRun.completed(date)) {
                System.out.println("night of " + date + " already completed; kept");
                continue;
            }
            NightlyRun.NightOutcome outcome = nightlyRun.run(date);
            report.print(outcome.jobExecutionId(), System.out);
            if (!outcome.completed()) {
                return 1;
            }
        }
        Map<String, String> users = demoUsers.create();
        System.out.println("demo users (password " + DemoUsers.PASSWORD + "): " + users);
        return 0;
    }
}
