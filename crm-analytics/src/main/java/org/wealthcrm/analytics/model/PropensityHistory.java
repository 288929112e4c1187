package org.wealthcrm.analytics.model;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wealthcrm.analytics.propensity.PropensityCategory;
import org.wealthcrm.analytics.propensity.PropensityFeatures;

/** Propensity features from the customer_day history, through the churn code path; training and scoring. */
public final class PropensityHistory {

    private final ChurnHistory history;
    private final PropensityCategory category;

    public PropensityHistory(ChurnHistory history, PropensityCategory category) {
        this.history = history;
        this.category = category;
    }

    public Dataset<Row> features(List<LocalDate> days) {
        return PropensityFeatures.withCategoryFeatures(history.features(days), history.rows(days), category);
    }

    /** Features of one day for the given customers; a customer without a row that day gets zeros. */
    public Dataset<Row> featuresOn(LocalDate day, Dataset<Row> customers) throws IOException {
        return ChurnHistory.on(day, customers, features(history.days(day, day)), PropensityFeatures.NUMERIC);
    }
}
