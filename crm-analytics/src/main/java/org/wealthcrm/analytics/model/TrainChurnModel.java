package org.wealthcrm.analytics.model;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wealthcrm.analytics.MetricsConfig;
import org.wealthcrm.analytics.churn.ChurnFeatures;
import org.wealthcrm.analytics.churn.ChurnLabel;
import org.wealthcrm.analytics.common.Cli;
import org.wealthcrm.analytics.io.HistoryStore;

/**
 * Trains a churn model version from the customer_day history: labelled examples for every
 * --step-days-th day of --from … --to whose day + horizon has data; GBT and the LR baseline are
 * fitted on the earlier 75 % of those days and measured on the later 25 % (time split); the GBT
 * refitted on all days is saved with its metadata under {@code <models>/churn/vNNN/}.
 */
public final class TrainChurnModel {

    private TrainChurnModel() {
    }

    public static void main(String[] args) {
        Cli.useBundledLoggingUnlessConfigured();
        System.exit(run(args));
    }

    /** @return 0 done, 2 bad arguments or configuration, 1 failed (e.g. no day with a full horizon) */
    public static int run(String[] commandLine) {
        TrainArgs args;
        MetricsConfig config;
        try {
            args = TrainArgs.parse(commandLine);
            config = MetricsConfig.load(args.config());
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("[analytics] ERROR " + e.getMessage());
            return 2;
        }
        boolean joinsExistingSession = SparkSession.getDefaultSession().isDefined();
        SparkSession spark = ModelSession.create("crm-analytics train churn", args.master());
        try {
            train(spark, args, config);
            return 0;
        } catch (Exception e) {
            System.err.println("[analytics] ERROR churn training failed: " + e.getMessage());
            return 1;
        } finally {
            if (!joinsExistingSession) {
                spark.stop();
            }
        }
    }

    static void train(SparkSession spark, TrainArgs args, MetricsConfig config) throws IOException {
        ChurnLabel.Settings settings = config.churn();
        ChurnHistory history = new ChurnHistory(new HistoryStore(spark, args.history()), config.tiers());
        List<LocalDate> days = history.days(args.from(), args.to().plusDays(settings.horizonDays()));
        List<String> labelled = days.stream()
                .filter(d -> !d.isBefore(args.from()) && !d.isAfter(args.to())
                        && (d.toEpochDay() - args.from().toEpochDay()) % args.stepDays() == 0
                        && days.contains(d.plusDays(settings.horizonDays())))
                .map(DateTimeFormatter.BASIC_ISO_DATE::format).toList();
        if (labelled.size() < 2) {
            throw new IllegalStateException("need at least 2 days with a full " + settings.horizonDays()
                    + "-day horizon in history, found " + labelled.size());
        }
        Dataset<Row> examples = FeaturePipeline.withLabel(ChurnLabel.withLabel(
                history.features(days), history.rows(days), labelled, settings), "churned").cache();
        String split = labelled.get((int) Math.floor(labelled.size() * 0.75));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("created_for_business_date", DateTimeFormatter.BASIC_ISO_DATE.format(args.to()));
        metadata.put("training_dates", labelled);
        metadata.put("test_dates_from", split);
        metadata.put("features", ChurnFeatures.NUMERIC);
        metadata.put("categorical_features", ChurnFeatures.CATEGORICAL);
        metadata.put("label", Map.of("min_aum_avg_30", settings.minAumAvg30(),
                "horizon_days", settings.horizonDays(), "drop_ratio", settings.dropRatio()));
        metadata.put("gbt", Map.of("trees", ModelKind.GBT_TREES, "depth", ModelKind.GBT_DEPTH,
                "step", ModelKind.GBT_STEP, "subsampling", ModelKind.GBT_SUBSAMPLING));
        measure(examples, split, metadata);
        PipelineModel model = FeaturePipeline.pipeline(ModelKind.GBT, ChurnFeatures.NUMERIC,
                ChurnFeatures.CATEGORICAL).fit(examples);
        examples.unpersist();
        System.out.println("[analytics] saved " + new ChurnModels(spark, args.models(), "churn").save(model, metadata)
                + " " + metadata);
    }

    /** Fits GBT and LR on the days before {@code split}, puts their test AUC and lift into metadata. */
    private static void measure(Dataset<Row> examples, String split, Map<String, Object> metadata) {
        Dataset<Row> train = examples.where(col("biz_date").lt(split));
        Dataset<Row> test = examples.where(col("biz_date").geq(split));
        metadata.put("rows", examples.count());
        metadata.put("base_rate", examples.agg(org.apache.spark.sql.functions.avg("label")).first().getDouble(0));
        for (ModelKind kind : List.of(ModelKind.GBT, ModelKind.LR)) {
            PipelineModel fitted = FeaturePipeline.pipeline(kind, ChurnFeatures.NUMERIC, ChurnFeatures.CATEGORICAL)
                    .fit(train);
            Dataset<Row> scored = fitted.transform(test)
                    .select(FeaturePipeline.positiveProbability().as("p"), col(FeaturePipeline.LABEL)).cache();
            List<Row> rows = scored.collectAsList();
            String key = kind.name().toLowerCase(java.util.Locale.ROOT);
            boolean bothClasses = scored.select(FeaturePipeline.LABEL).distinct().count() == 2;
            metadata.put(key + "_test_auc", bothClasses ? CrossValidation.auc(scored) : null);
            metadata.put(key + "_test_lift_top_decile", Lift.topDecile(
                    rows.stream().mapToDouble(r -> r.getDouble(0)).toArray(),
                    rows.stream().mapToDouble(r -> r.getDouble(1)).toArray()));
            scored.unpersist();
        }
    }
}
