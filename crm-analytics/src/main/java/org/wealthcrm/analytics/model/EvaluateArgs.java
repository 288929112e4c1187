package org.wealthcrm.analytics.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wealthcrm.analytics.common.Cli;

/** Command line of {@link EvaluateModel}. */
record EvaluateArgs(String csv, String label, List<String> drop, int folds, int repeats, long seed,
                    List<ModelKind> models, String master, String separator) {

    static final String USAGE = "usage: EvaluateModel --csv <file> --label <column> [--sep ,|;|tab]"
            + " [--ignore a,b,c] [--folds 5] [--repeats 3] [--seed 42] [--model gbt|lr|both] [--master <url>]\n"
            + "  the label may be 0/1, yes/no, true/false or Y/N (any case); --drop is the same as --ignore";

    static EvaluateArgs parse(String[] args) {
        Map<String, String> v = Cli.parse(args, Set.of("--csv", "--label", "--drop", "--ignore", "--sep", "--folds",
                "--repeats", "--seed", "--model", "--master"), Set.of("--csv", "--label"), USAGE);
        String model = v.getOrDefault("--model", "both");
        List<ModelKind> models = model.equals("both") ? List.of(ModelKind.GBT, ModelKind.LR)
                : List.of(ModelKind.parse(model));
        String ignored = v.getOrDefault("--ignore", v.get("--drop"));
        List<String> drop = ignored == null ? List.of()
                : Arrays.stream(ignored.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        int folds = Integer.parseInt(v.getOrDefault("--folds", "5"));
        int repeats = Integer.parseInt(v.getOrDefault("--repeats", "3"));
        if (folds < 2 || repeats < 1) {
            throw new IllegalArgumentException("--folds must be at least 2 and --repeats at least 1");
        }
        return new EvaluateArgs(v.get("--csv"), v.get("--label"), drop, folds, repeats,
                Long.parseLong(v.getOrDefault("--seed", "42")), models, v.get("--master"),
                separator(v.getOrDefault("--sep", ",")));
    }

    /** One character, or the words tab / \t for a tab. */
    static String separator(String given) {
        if (given.equals("tab") || given.equals("\\t")) {
            return "\t";
        }
        if (given.length() != 1) {
            throw new IllegalArgumentException("--sep takes one character (e.g. ';' or ','), or tab; got '"
                    + given + "'");
        }
        return given;
    }
}
