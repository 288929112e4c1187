package org.wealthcrm.analytics;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wealthcrm.analytics.io.HistoryStore;
import org.wealthcrm.analytics.model.ChurnHistory;
import org.wealthcrm.analytics.model.ChurnModels;
import org.wealthcrm.analytics.model.ChurnScorer;

/** The nightly job's churn stage: today's features from history, scored by the latest churn model. */
final class ChurnScoring {

    private ChurnScoring() {
    }

    /** @return cust_id, churn_score, churn_reasons; null when no --models or no model version yet */
    static Dataset<Row> scores(SparkSession spark, JobArgs args, MetricsConfig config, HistoryStore history,
            Dataset<Row> customers) throws IOException {
        if (args.models() == null) {
            return null;
        }
        ChurnModels models = new ChurnModels(spark, args.models(), "churn");
        Optional<Path> latest = models.latest();
        if (latest.isEmpty()) {
            System.err.println("[analytics] WARN " + args.businessDateText() + " no churn model under "
                    + args.models() + "; churn_score left empty");
            return null;
        }
        PipelineModel model = models.load(latest.get());
        Dataset<Row> features = new ChurnHistory(history, config.tiers())
                .featuresOn(args.businessDate(), customers).cache();
        Map<String, Double> medians = ChurnScorer.medians(features);
        System.out.println("[analytics] " + args.businessDateText() + " churn model " + latest.get().getName());
        return ChurnScorer.score(model, features, medians);
    }
}
