package org.wealthcrm.analytics.common;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;

/** Labels a value by thresholds with an inclusive lower bound: the highest band whose bound it reaches. */
public final class Bands {

    private Bands() {
    }

    /**
     * @param thresholds label to lower bound, in any order
     * @param fallback   label for values below every bound
     */
    public static <T extends Comparable<T>> Column label(Column value, Map<String, T> thresholds,
            String fallback) {
        List<Map.Entry<String, T>> highestFirst = thresholds.entrySet().stream()
                .sorted(Map.Entry.<String, T>comparingByValue(Comparator.reverseOrder()))
                .toList();
        Column result = null;
        for (Map.Entry<String, T> band : highestFirst) {
            Column reached = value.geq(lit(band.getValue()));
            result = result == null ? when(reached, band.getKey()) : result.when(reached, band.getKey());
        }
        return result == null ? lit(fallback) : result.otherwise(fallback);
    }
}
