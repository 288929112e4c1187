package org.wealthcrm.etl.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param out        landing directory; one folder per business date is written below it
 * @param customers  number of customers (100 .. 10,000,000)
 * @param from       first business date
 * @param to         last business date (inclusive)
 * @param seed       random seed; the same options give byte-identical files
 * @param badRows    bad rows of each kind injected into the last date's files (0 = none)
 * @param driftShare share of customers with AUM of at least 50,000 that start drifting away to another bank
 * @param quiet      true to show no progress bar
 */
public record GeneratorOptions(Path out, int customers, LocalDate from, LocalDate to, long seed, int badRows,
                               double driftShare, boolean quiet) {

    public static final double DEFAULT_DRIFT_SHARE = 0.05;

    public GeneratorOptions {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (customers < 100 || customers > 10_000_000) {
            throw new IllegalArgumentException("customers must be between 100 and 10,000,000, got " + customers);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        if (badRows < 0 || badRows > 1000) {
            throw new IllegalArgumentException("bad rows must be between 0 and 1000, got " + badRows);
        }
        if (driftShare < 0 || driftShare > 1) {
            throw new IllegalArgumentException("drift share must be between 0 and 1, got " + driftShare);
        }
    }

    /** Options with no bad rows, the default drift share and no progress bar. */
    public static GeneratorOptions of(Path out, int customers, LocalDate from, LocalDate to, long seed) {
        return new GeneratorOptions(out, customers, from, to, seed, 0, DEFAULT_DRIFT_SHARE, true);
    }

    public GeneratorOptions withBadRows(int perKind) {
        return new GeneratorOptions(out, customers, from, to, seed, perKind, driftShare, quiet);
    }

    public GeneratorOptions withDriftShare(double share) {
        return new GeneratorOptions(out, customers, from, to, seed, badRows, share, quiet);
    }

    public GeneratorOptions withQuiet(boolean noProgress) {
        return new GeneratorOptions(out, customers, from, to, seed, badRows, driftShare, noProgress);
    }
}
