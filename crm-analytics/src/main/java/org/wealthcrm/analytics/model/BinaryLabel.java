package org.wealthcrm.analytics.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The label of a labelled file as 1.0 / 0.0: numbers 1 and 0, or the words yes/no, true/false, y/n in any case
 * (surrounding blanks ignored). Any other value, an empty one included, is refused with the values and their
 * row counts, so a file with a third class or a misread separator fails with a message, not with a poor model.
 */
final class BinaryLabel {

    static final List<String> POSITIVE = List.of("1", "1.0", "yes", "true", "y");
    static final List<String> NEGATIVE = List.of("0", "0.0", "no", "false", "n");
    private static final int SHOWN = 5;

    private BinaryLabel() {
    }

    /** Replaces {@code labelColumn} by {@link FeaturePipeline#LABEL}; fails on a value it cannot map. */
    static Dataset<Row> withLabel(Dataset<Row> rows, String labelColumn) {
        Column text = lower(trim(col(labelColumn).cast("string")));
        Dataset<Row> mapped = rows.withColumn(FeaturePipeline.LABEL,
                when(text.isin(POSITIVE.toArray()), lit(1.0)).when(text.isin(NEGATIVE.toArray()), lit(0.0)));
        List<Row> unmapped = mapped.where(col(FeaturePipeline.LABEL).isNull())
                .groupBy(col(labelColumn).cast("string").as("value")).agg(count(lit(1)).as("rows"))
                .orderBy(col("rows").desc(), col("value")).limit(SHOWN).collectAsList();
        if (!unmapped.isEmpty()) {
            throw new IllegalArgumentException("label column " + labelColumn
                    + " has values that are not 0/1, yes/no, true/false or Y/N: " + describe(unmapped));
        }
        return mapped.drop(labelColumn);
    }

    private static String describe(List<Row> values) {
        return values.stream()
                .map(r -> (r.isNullAt(0) ? "(empty)" : "'" + r.getString(0) + "'") + " in " + r.getLong(1) + " rows")
                .collect(Collectors.joining(", "));
    }
}
