package org.wealthcrm.analytics.model;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wealthcrm.analytics.MetricsConfig;
import org.wealthcrm.analytics.churn.ChurnFeatures;
import org.wealthcrm.analytics.common.Cli;
import org.wealthcrm.analytics.io.HistoryStore;
import org.wealthcrm.analytics.propensity.PropensityCategory;
import org.wealthcrm.analytics.propensity.PropensityFeatures;
import org.wealthcrm.analytics.propensity.PropensityLabel;
import org.wealthcrm.analytics.propensity.PurchaseInputs;

/**
 * Trains a purchase-propensity model version for one category (WEALTH or FUND) from the customer_day
 * history, as {@link TrainChurnModel} does for churn: examples for every --step-days-th day whose next 30
 * days have data, GBT and LR measured on a time split, the GBT refitted on all days saved under
 * {@code <models>/propensity/<category>/vNNN/}.
 */
public final class TrainPropensityModel {

    private TrainPropensityModel() {
    }

    public static void main(String[] args) {
        Cli.useBundledLoggingUnlessConfigured();
        System.exit(run(args));
    }

    /** @return 0 done, 2 bad arguments or configuration, 1 failed (e.g. no day with a full horizon) */
    public static int run(String[] commandLine) {
        return ModelCommand.run("propensity", () -> TrainArgs.parseWithCategory(commandLine),
                TrainPropensityModel::train);
    }

    static void train(SparkSession spark, TrainArgs args, MetricsConfig config) throws IOException {
        PropensityCategory category = PropensityCategory.parse(args.category());
        int horizon = config.propensityHorizonDays();
        ChurnHistory churnHistory = new ChurnHistory(new HistoryStore(spark, args.history()), config.tiers());
        LocalDate last = args.holdout() == null ? args.to() : args.holdout();
        List<LocalDate> days = churnHistory.days(args.from(), last.plusDays(horizon));
        List<String> labelled = ModelTraining.labelledDays(days, args, horizon);
        String holdout = holdoutDay(args, days, horizon);
        List<String> all = new java.util.ArrayList<>(labelled);
        if (holdout != null) {
            all.add(holdout);
        }
        Dataset<Row> examples = FeaturePipeline.withLabel(PropensityLabel.withLabel(
                new PropensityHistory(churnHistory, category).features(days), churnHistory.rows(days), all,
                category, horizon), "bought").cache();
        String split = ModelTraining.split(labelled);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("category", category.name());
        metadata.put("created_for_business_date", DateTimeFormatter.BASIC_ISO_DATE.format(args.to()));
        metadata.put("training_dates", labelled);
        metadata.put("test_dates_from", split);
        metadata.put("holdout_date", holdout);
        metadata.put("label", Map.of("horizon_days", horizon, "purchase_bit", category.purchaseBit,
                "fund_biz_codes", PurchaseInputs.FUND_PURCHASE_CODES));
        Dataset<Row> training = examples.where(col("biz_date").isin(labelled.toArray()));
        Dataset<Row> held = holdout == null ? null
                : examples.where(col("biz_date").equalTo(holdout));
        Path saved = new ModelTraining(PropensityFeatures.NUMERIC, ChurnFeatures.CATEGORICAL)
                .measureFitSave(training, split, held, metadata, store(spark, args.models(), category));
        examples.unpersist();
        System.out.println("[analytics] saved " + saved + " " + metadata);
    }

    /** The --holdout day, which must have data and a full horizon after it; null when not asked for. */
    private static String holdoutDay(TrainArgs args, List<LocalDate> days, int horizon) {
        if (args.holdout() == null) {
            return null;
        }
        if (!days.contains(args.holdout()) || !days.contains(args.holdout().plusDays(horizon))) {
            throw new IllegalStateException("holdout day " + args.holdout() + " needs data on it and "
                    + horizon + " days later");
        }
        return DateTimeFormatter.BASIC_ISO_DATE.format(args.holdout());
    }

    /** The version store of one category: {@code <models>/propensity/<category>/}. */
    public static ChurnModels store(SparkSession spark, String models, PropensityCategory category) {
        return new ChurnModels(spark, models, "propensity/" + category.code());
    }
}
