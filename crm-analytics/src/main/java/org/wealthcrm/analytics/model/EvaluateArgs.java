package org.wealthcrm.analytics.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wealthcrm.analytics.common.Cli;

/** Command line of {@link EvaluateModel}. */
record EvaluateArgs(String csv, String label, List<String> drop, int folds, int repeats, long seed,
                    List<ModelKind> models, String master) {

    static final String USAGE = "usage: EvaluateModel --csv <file> --label <column> [--drop a,b,c]"
            + " [--folds 5] [--repeats 3] [--seed 42] [--model gbt|lr|both] [--master <url>]";

    static EvaluateArgs parse(String[] args) {
        Map<String, String> v = Cli.parse(args, Set.of("--csv", "--label", "--drop", "--folds", "--repeats",
                "--seed", "--model", "--master"), Set.of("--csv", "--label"), USAGE);
        String model = v.getOrDefault("--model", "both");
        List<ModelKind> models = model.equals("both") ? List.of(ModelKind.GBT, ModelKind.LR)
                : List.of(ModelKind.parse(model));
        List<String> drop = v.containsKey("--drop")
                ? Arrays.stream(v.get("--drop").split(",")).map(String::trim).toList() : List.of();
        int folds = Integer.parseInt(v.getOrDefault("--folds", "5"));
        int repeats = Integer.parseInt(v.getOrDefault("--repeats", "3"));
        if (folds < 2 || repeats < 1) {
            throw new IllegalArgumentException("--folds must be at least 2 and --repeats at least 1");
        }
        return new EvaluateArgs(v.get("--csv"), v.get("--label"), drop, folds, repeats,
                Long.parseLong(v.getOrDefault("--seed", "42")), models, v.get("--master"));
    }
}
