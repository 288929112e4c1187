package org.wealthcrm.analytics.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Stratified k-fold assignment: within each class the rows are shuffled by a seeded hash of their
 * content (independent of partitioning, so the same seed gives the same folds) and dealt out
 * round-robin, so every fold gets the class's rows to within one.
 */
final class StratifiedFolds {

    static final String FOLD = "fold";

    private StratifiedFolds() {
    }

    /** Adds fold (0..k-1); {@code label} is the class column. */
    static Dataset<Row> withFold(Dataset<Row> rows, String label, int k, long seed) {
        List<Column> content = new ArrayList<>();
        content.add(lit(seed));
        for (String column : rows.columns()) {
            content.add(col(column));
        }
        Column shuffle = xxhash64(content.toArray(Column[]::new));
        Column position = row_number().over(Window.partitionBy(col(label)).orderBy(shuffle));
        return rows.withColumn(FOLD, pmod(position.minus(1), lit(k)).cast("int"));
    }

    /** The seed of repeat r (0-based) derived from the run's seed. */
    static long repeatSeed(long seed, int repeat) {
        return seed * 1_000_003L + repeat;
    }
}
