package org.wealthcrm.analytics.model;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** SparkSession of the model commands: master only when given or nobody set one (then local[*]). */
final class ModelSession {

    private ModelSession() {
    }

    static SparkSession create(String appName, String master) {
        SparkConf submitted = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName(appName)
                .config("spark.ui.enabled", "false");
        if (master != null) {
            builder.master(master);
        } else if (!submitted.contains("spark.master")) {
            builder.master("local[*]");
        }
        if (!submitted.contains("spark.sql.shuffle.partitions")) {
            builder.config("spark.sql.shuffle.partitions", "4");
        }
        return builder.getOrCreate();
    }
}
