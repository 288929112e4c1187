package org.wealthcrm.analytics.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.wealthcrm.analytics.common.Cli;

/** Command line of {@link TrainChurnModel}. */
record TrainArgs(String history, LocalDate from, LocalDate to, String models, String config, String master,
                 int stepDays) {

    static final String USAGE = "usage: TrainChurnModel --history <dir> --from YYYYMMDD --to YYYYMMDD"
            + " --models <dir> [--config <file.properties>] [--master <url>] [--step-days 7]";

    static TrainArgs parse(String[] args) {
        Map<String, String> v = Cli.parse(args, Set.of("--history", "--from", "--to", "--models", "--config",
                "--master", "--step-days"), Set.of("--history", "--from", "--to", "--models"), USAGE);
        LocalDate from = date(v.get("--from"));
        LocalDate to = date(v.get("--to"));
        int step = Integer.parseInt(v.getOrDefault("--step-days", "7"));
        if (to.isBefore(from) || step < 1) {
            throw new IllegalArgumentException("--to must not be before --from and --step-days must be >= 1");
        }
        return new TrainArgs(v.get("--history"), from, to, v.get("--models"), v.get("--config"),
                v.get("--master"), step);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dates must be YYYYMMDD, got " + text);
        }
    }
}
