package org.wealthcrm.analytics.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.wealthcrm.analytics.churn.ChurnFeatures;
import org.wealthcrm.analytics.io.HistoryStore;

/** Reads the customer_day history the churn features need; the same code for training and scoring. */
public final class ChurnHistory {

    private final HistoryStore history;
    private final Map<String, BigDecimal> tiers;

    public ChurnHistory(HistoryStore history, Map<String, BigDecimal> tiers) {
        this.history = history;
        this.tiers = tiers;
    }

    /** Days with data in from - LOOKBACK … to. */
    public List<LocalDate> days(LocalDate from, LocalDate to) throws IOException {
        return history.datesWithData(HistoryStore.CUSTOMER_DAY, from.minusDays(ChurnFeatures.LOOKBACK_DAYS), to);
    }

    public Dataset<Row> rows(List<LocalDate> days) {
        return history.read(HistoryStore.CUSTOMER_DAY, days);
    }

    /** Features of every customer row on every day of {@code days} (the earliest lack lookback). */
    public Dataset<Row> features(List<LocalDate> days) {
        Dataset<Row> dates = rows(days).sparkSession()
                .createDataset(days.stream().map(DateTimeFormatter.BASIC_ISO_DATE::format).toList(), Encoders.STRING())
                .toDF("biz_date");
        return ChurnFeatures.features(rows(days), ChurnFeatures.calendar(dates), tiers);
    }

    /** Features of one day for the given customers; a customer without a row that day gets zeros. */
    public Dataset<Row> featuresOn(LocalDate day, Dataset<Row> customers) throws IOException {
        return on(day, customers, features(days(day, day)), ChurnFeatures.NUMERIC);
    }

    /** The rows of {@code day} in {@code features} for the given customers; a customer without one gets zeros. */
    static Dataset<Row> on(LocalDate day, Dataset<Row> customers, Dataset<Row> features, List<String> numeric) {
        String date = DateTimeFormatter.BASIC_ISO_DATE.format(day);
        Dataset<Row> today = features.where(col("biz_date").equalTo(date));
        Dataset<Row> joined = customers.select("cust_id").join(today, new String[] {"cust_id"}, "left")
                .na().fill(0.0, numeric.toArray(String[]::new));
        return joined.withColumn("tier", org.apache.spark.sql.functions.coalesce(col("tier"), lit("MASS")));
    }
}
