package org.wealthcrm.analytics.common;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Map;
import org.apache.spark.sql.Column;

/** Labels a value by thresholds with an inclusive lower bound: the first band whose bound it reaches. */
public final class Bands {

    private Bands() {
    }

    /**
     * @param thresholds label to lower bound, ordered from the highest bound down
     * @param fallback   label for values below every bound
     */
    public static Column label(Column value, Map<String, ?> thresholds, String fallback) {
        Column result = null;
        for (Map.Entry<String, ?> band : thresholds.entrySet()) {
            Column reached = value.geq(lit(band.getValue()));
            result = result == null ? when(reached, band.getKey()) : result.when(reached, band.getKey());
        }
        return result == null ? lit(fallback) : result.otherwise(fallback);
    }
}
