package org.wealthcrm.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.wealthcrm.analytics.io.HistoryStore;
import org.wealthcrm.analytics.model.ChurnHistory;
import org.wealthcrm.analytics.model.ChurnModels;
import org.wealthcrm.analytics.model.FeaturePipeline;
import org.wealthcrm.analytics.model.PropensityHistory;
import org.wealthcrm.analytics.model.TrainPropensityModel;
import org.wealthcrm.analytics.propensity.PropensityCategory;

/**
 * The nightly job's propensity stage: for every category, today's features scored by the latest model of
 * that category; a category without a model (or no --models) gets empty scores, never a failure.
 */
final class PropensityScoring {

    private static final DecimalType SCORE = DataTypes.createDecimalType(5, 4);

    private PropensityScoring() {
    }

    /** @return cust_id, biz_date, propensity_wealth, propensity_fund (4 decimals, null without a model) */
    static Dataset<Row> scores(SparkSession spark, JobArgs args, MetricsConfig config, HistoryStore history,
            Dataset<Row> customers) throws IOException {
        Dataset<Row> rows = customers.select(col("cust_id"), lit(args.businessDateText()).as("biz_date"));
        List<Column> columns = new ArrayList<>(List.of(col("cust_id"), col("biz_date")));
        for (PropensityCategory category : PropensityCategory.values()) {
            String column = "propensity_" + category.code();
            Dataset<Row> scored = score(spark, args, config, history, customers, category);
            rows = scored == null ? rows.withColumn(column, lit(null).cast(SCORE))
                    : rows.join(scored.withColumnRenamed("score", column), new String[] {"cust_id"}, "left");
            columns.add(col(column));
        }
        return rows.select(columns.toArray(Column[]::new)).orderBy("cust_id");
    }

    private static Dataset<Row> score(SparkSession spark, JobArgs args, MetricsConfig config, HistoryStore history,
            Dataset<Row> customers, PropensityCategory category) throws IOException {
        Optional<Path> latest = args.models() == null ? Optional.empty()
                : TrainPropensityModel.store(spark, args.models(), category).latest();
        if (latest.isEmpty()) {
            System.err.println("[analytics] WARN " + args.businessDateText() + " no " + category
                    + " propensity model; its scores left empty");
            return null;
        }
        ChurnModels models = TrainPropensityModel.store(spark, args.models(), category);
        PipelineModel model = models.load(latest.get());
        Dataset<Row> features = new PropensityHistory(new ChurnHistory(history, config.tiers()), category)
                .featuresOn(args.businessDate(), customers);
        System.out.println("[analytics] " + args.businessDateText() + " " + category + " propensity model "
                + latest.get().getName());
        return model.transform(features).select(col("cust_id"),
                round(FeaturePipeline.positiveProbability(), 4).cast(SCORE).as("score"));
    }
}
