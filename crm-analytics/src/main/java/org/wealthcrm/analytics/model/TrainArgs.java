package org.wealthcrm.analytics.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.wealthcrm.analytics.common.Cli;

/** Command line of {@link TrainChurnModel}. */
record TrainArgs(String history, LocalDate from, LocalDate to, String models, String config, String master,
                 int stepDays, String category, LocalDate holdout) {

    static final String USAGE = "usage: TrainChurnModel --history <dir> --from YYYYMMDD --to YYYYMMDD"
            + " --models <dir> [--config <file.properties>] [--master <url>] [--step-days 7]";

    static final String PROPENSITY_USAGE = "usage: TrainPropensityModel --category WEALTH|FUND --history <dir>"
            + " --from YYYYMMDD --to YYYYMMDD --models <dir> [--config <file.properties>] [--master <url>]"
            + " [--step-days 7] [--holdout YYYYMMDD]";

    static TrainArgs parse(String[] args) {
        return parse(args, Set.of("--history", "--from", "--to", "--models"), USAGE);
    }

    /** The propensity trainer's command line: as the churn one plus the required --category. */
    static TrainArgs parseWithCategory(String[] args) {
        return parse(args, Set.of("--category", "--history", "--from", "--to", "--models"), PROPENSITY_USAGE);
    }

    private static TrainArgs parse(String[] args, Set<String> required, String usage) {
        Set<String> allowed = new java.util.HashSet<>(Set.of("--history", "--from", "--to", "--models", "--config",
                "--master", "--step-days"));
        allowed.addAll(required);
        if (required.contains("--category")) {
            allowed.add("--holdout");
        }
        Map<String, String> v = Cli.parse(args, allowed, required, usage);
        LocalDate from = date(v.get("--from"));
        LocalDate to = date(v.get("--to"));
        int step = Integer.parseInt(v.getOrDefault("--step-days", "7"));
        LocalDate holdout = v.containsKey("--holdout") ? date(v.get("--holdout")) : null;
        if (to.isBefore(from) || step < 1 || holdout != null && !holdout.isAfter(to)) {
            throw new IllegalArgumentException("--to must not be before --from, --step-days must be >= 1"
                    + " and --holdout after --to");
        }
        return new TrainArgs(v.get("--history"), from, to, v.get("--models"), v.get("--config"),
                v.get("--master"), step, v.get("--category"), holdout);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dates must be YYYYMMDD, got " + text);
        }
    }
}
