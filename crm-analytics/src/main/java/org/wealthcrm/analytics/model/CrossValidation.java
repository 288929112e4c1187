package org.wealthcrm.analytics.model;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Repeated stratified k-fold cross-validation of one or more model kinds on labelled rows. */
final class CrossValidation {

    private final List<String> numeric;
    private final List<String> categorical;

    CrossValidation(List<String> numeric, List<String> categorical) {
        this.numeric = numeric;
        this.categorical = categorical;
    }

    /** @param labelled rows with "label" (double 0/1) and the feature columns */
    Map<ModelKind, AucSummary> run(Dataset<Row> labelled, List<ModelKind> kinds, int folds, int repeats,
            long seed) {
        Map<ModelKind, List<double[]>> results = new EnumMap<>(ModelKind.class);
        kinds.forEach(kind -> results.put(kind, new ArrayList<>()));
        for (int repeat = 0; repeat < repeats; repeat++) {
            Dataset<Row> folded = StratifiedFolds.withFold(labelled, FeaturePipeline.LABEL, folds,
                    StratifiedFolds.repeatSeed(seed, repeat)).cache();
            for (int fold = 0; fold < folds; fold++) {
                Dataset<Row> train = folded.where(col(StratifiedFolds.FOLD).notEqual(fold));
                Dataset<Row> test = folded.where(col(StratifiedFolds.FOLD).equalTo(fold));
                for (ModelKind kind : kinds) {
                    results.get(kind).add(score(kind, train, test));
                }
            }
            folded.unpersist();
        }
        Map<ModelKind, AucSummary> summaries = new EnumMap<>(ModelKind.class);
        results.forEach((kind, list) -> summaries.put(kind, AucSummary.of(
                list.stream().mapToDouble(r -> r[0]).toArray(), list.stream().mapToDouble(r -> r[1]).toArray())));
        return summaries;
    }

    /** @return {auc, top-decile lift} of the kind trained on train and scored on test */
    private double[] score(ModelKind kind, Dataset<Row> train, Dataset<Row> test) {
        PipelineModel model = FeaturePipeline.pipeline(kind, numeric, categorical).fit(train);
        Dataset<Row> scored = model.transform(test)
                .select(FeaturePipeline.positiveProbability().as("p"), col(FeaturePipeline.LABEL)).cache();
        double auc = auc(scored);
        List<Row> rows = scored.collectAsList();
        scored.unpersist();
        double[] p = rows.stream().mapToDouble(r -> r.getDouble(0)).toArray();
        double[] y = rows.stream().mapToDouble(r -> r.getDouble(1)).toArray();
        return new double[] {auc, Lift.topDecile(p, y)};
    }

    static double auc(Dataset<Row> scored) {
        return new BinaryClassificationEvaluator().setRawPredictionCol("p")
                .setLabelCol(FeaturePipeline.LABEL).setMetricName("areaUnderROC").evaluate(scored);
    }
}
