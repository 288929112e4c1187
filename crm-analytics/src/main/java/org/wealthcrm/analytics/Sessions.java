package org.wealthcrm.analytics;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds (or joins) the SparkSession; the master is only set when nobody else set it. */
final class Sessions {

    static final String DEFAULT_SHUFFLE_PARTITIONS = "8";

    private Sessions() {
    }

    static SparkSession create(JobArgs args, MetricsConfig config) {
        SparkConf submitted = new SparkConf(); // spark.* system properties, e.g. from spark-submit
        SparkSession.Builder builder = SparkSession.builder()
                .appName("crm-analytics nightly metrics " + args.businessDateText())
                .config("spark.ui.enabled", "false");
        if (args.master() != null) {
            builder.master(args.master());
        } else if (!submitted.contains("spark.master")) {
            builder.master("local[*]");
        }
        if (!submitted.contains("spark.sql.shuffle.partitions")) {
            builder.config("spark.sql.shuffle.partitions", DEFAULT_SHUFFLE_PARTITIONS);
        }
        for (Map.Entry<String, String> setting : config.sparkSettings().entrySet()) {
            builder.config(setting.getKey(), setting.getValue());
        }
        return builder.getOrCreate();
    }
}
