package org.wealthcrm.analytics;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** One small local SparkSession for all test classes of the run (started on first use). */
public final class SparkTestSession {

    private static SparkSession spark;

    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        if (spark == null) {
            spark = SparkSession.builder().master("local[2]").appName("crm-analytics-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
        }
        return spark;
    }

    /** A dataset of string columns, e.g. {@code strings("cust_id,status", "C1,A", "C2,C")}. */
    public static Dataset<Row> strings(String header, String... lines) {
        StructType schema = new StructType();
        for (String column : header.split(",")) {
            schema = schema.add(column, DataTypes.StringType);
        }
        List<Row> rows = Arrays.stream(lines)
                .map(line -> RowFactory.create((Object[]) line.split(",", -1)))
                .toList();
        return get().createDataFrame(rows, schema);
    }

    /** Casts the named columns of a dataset (e.g. "balance_cny", "decimal(18,2)"). */
    public static Dataset<Row> cast(Dataset<Row> rows, String column, String type) {
        return rows.withColumn(column, rows.col(column).cast(type));
    }
}
