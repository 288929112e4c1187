package org.wealthcrm.analytics.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} command lines of the model commands, and their local logging set-up. */
public final class Cli {

    private Cli() {
    }

    /** @throws IllegalArgumentException on an unknown option, a missing value or a missing required option */
    public static Map<String, String> parse(String[] args, Set<String> options, Set<String> required,
            String usage) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!options.contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "\n" + usage);
            }
            if (i + 1 >= args.length || args[i + 1].isBlank()) {
                throw new IllegalArgumentException("missing value for " + args[i] + "\n" + usage);
            }
            values.put(args[i], args[i + 1]);
        }
        for (String option : required) {
            if (!values.containsKey(option)) {
                throw new IllegalArgumentException("missing " + option + "\n" + usage);
            }
        }
        return values;
    }

    /** Started as a plain JVM without a log4j configuration: warnings and errors only, on stderr. */
    public static void useBundledLoggingUnlessConfigured() {
        if (System.getProperty("spark.master") == null && System.getProperty("log4j2.configurationFile") == null
                && System.getProperty("log4j.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile",
                    "classpath:org/wealthcrm/analytics/log4j2-local.properties");
        }
    }
}
