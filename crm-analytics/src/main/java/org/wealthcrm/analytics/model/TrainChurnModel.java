package org.wealthcrm.analytics.model;

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
        return ModelCommand.run("churn", () -> TrainArgs.parse(commandLine), TrainChurnModel::train);
    }

    static void train(SparkSession spark, TrainArgs args, MetricsConfig config) throws IOException {
        ChurnLabel.Settings settings = config.churn();
        ChurnHistory history = new ChurnHistory(new HistoryStore(spark, args.history()), config.tiers());
        List<LocalDate> days = history.days(args.from(), args.to().plusDays(settings.horizonDays()));
        List<String> labelled = ModelTraining.labelledDays(days, args, settings.horizonDays());
        Dataset<Row> examples = FeaturePipeline.withLabel(ChurnLabel.withLabel(
                history.features(days), history.rows(days), labelled, settings), "churned").cache();
        String split = ModelTraining.split(labelled);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("created_for_business_date", DateTimeFormatter.BASIC_ISO_DATE.format(args.to()));
        metadata.put("training_dates", labelled);
        metadata.put("test_dates_from", split);
        metadata.put("label", Map.of("min_aum_avg_30", settings.minAumAvg30(),
                "horizon_days", settings.horizonDays(), "drop_ratio", settings.dropRatio()));
        Path saved = new ModelTraining(ChurnFeatures.NUMERIC, ChurnFeatures.CATEGORICAL)
                .measureFitSave(examples, split, metadata, new ChurnModels(spark, args.models(), "churn"));
        examples.unpersist();
        System.out.println("[analytics] saved " + saved + " " + metadata);
    }
}
