package org.wealthcrm.batch.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.wealthcrm.batch.analytics.AnalyticsLauncher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "train-propensity", mixinStandardHelpOptions = true,
        description = "Trains a new purchase-propensity model version of a product category from the daily history;"
                + " later nights score with it and publish customer_propensity.")
class TrainPropensityCommand implements Callable<Integer> {

    enum Category { WEALTH, FUND }

    @Option(names = "--category", required = true, description = "product category: ${COMPLETION-CANDIDATES}")
    Category category;

    @Option(names = "--from", required = true, description = "first training date YYYYMMDD")
    String from;

    @Option(names = "--to", required = true, description = "last training date YYYYMMDD (needs 30 days after it)")
    String to;

    private final AnalyticsLauncher analytics;
    private final Path workDir;

    TrainPropensityCommand(AnalyticsLauncher analytics, @Value("${crm.work-dir}") Path workDir) {
        this.analytics = analytics;
        this.workDir = workDir;
    }

    @Override
    public Integer call() throws Exception {
        DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
        analytics.trainPropensity(category.name(), LocalDate.parse(from, f), LocalDate.parse(to, f),
                workDir.resolve("history"));
        return 0;
    }
}
