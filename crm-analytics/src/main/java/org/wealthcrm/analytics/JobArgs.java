package org.wealthcrm.analytics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Command line of {@link NightlyMetricsJob}; {@code master} and {@code config} may be null. */
record JobArgs(LocalDate businessDate, String staged, String history, String output,
               String master, String config, String models, String propensityOutput) {

    static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    static final String USAGE = "usage: NightlyMetricsJob --business-date YYYYMMDD --staged <dir>"
            + " --history <dir> --output <file.csv> [--master <url>] [--config <file.properties>]"
            + " [--models <dir>] [--propensity-output <file.csv>]";
    private static final Set<String> OPTIONS = Set.of(
            "--business-date", "--staged", "--history", "--output", "--master", "--config", "--models",
            "--propensity-output");

    static JobArgs parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + args[i] + "\n" + USAGE);
            }
            values.put(args[i], args[i + 1]);
        }
        return new JobArgs(date(required(values, "--business-date")), required(values, "--staged"),
                required(values, "--history"), required(values, "--output"),
                values.get("--master"), values.get("--config"), values.get("--models"),
                values.get("--propensity-output"));
    }

    String businessDateText() {
        return YYYYMMDD.format(businessDate);
    }

    private static String required(Map<String, String> values, String option) {
        String value = values.get(option);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + option + "\n" + USAGE);
        }
        return value;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--business-date must be YYYYMMDD, got " + text);
        }
    }
}
