package org.wealthcrm.analytics.coverage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wealthcrm.analytics.aum.Positions;

/** COVERAGE(c, d): which of the six product categories a customer holds with a value above 0. */
public final class Coverage {

    private Coverage() {
    }

    /** @return cust_id, coverage (int), categories ("DD;TD;..." in the fixed order, "" when none) */
    public static Dataset<Row> coverage(Dataset<Row> positions) {
        List<String> categories = Positions.CATEGORIES;
        Column[] valueByCategory = categories.stream()
                .map(c -> sum(when(col("category").equalTo(c), col("value"))).as(c))
                .toArray(Column[]::new);
        Column[] heldLabels = categories.stream()
                .map(c -> when(col(c).gt(0), lit(c)))
                .toArray(Column[]::new);
        Column heldCount = categories.stream()
                .map(c -> when(col(c).gt(0), 1).otherwise(0))
                .reduce(Column::plus)
                .orElseThrow();
        return positions.groupBy("cust_id")
                .agg(valueByCategory[0], Arrays.copyOfRange(valueByCategory, 1, valueByCategory.length))
                .select(col("cust_id"), heldCount.as("coverage"), concat_ws(";", heldLabels).as("categories"));
    }
}
