package org.wealthcrm.analytics.model;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What churn and propensity training share: the days to label, the time-split measurement of GBT and the
 * LR baseline, and the GBT refitted on all examples saved as the next version with its metadata.
 */
final class ModelTraining {

    private final List<String> numeric;
    private final List<String> categorical;

    ModelTraining(List<String> numeric, List<String> categorical) {
        this.numeric = numeric;
        this.categorical = categorical;
    }

    /** Every --step-days-th day of --from … --to (counted from --from) whose day + horizon has data. */
    static List<String> labelledDays(List<LocalDate> days, TrainArgs args, int horizonDays) {
        List<String> labelled = days.stream()
                .filter(d -> !d.isBefore(args.from()) && !d.isAfter(args.to())
                        && (d.toEpochDay() - args.from().toEpochDay()) % args.stepDays() == 0
                        && days.contains(d.plusDays(horizonDays)))
                .map(DateTimeFormatter.BASIC_ISO_DATE::format).toList();
        if (labelled.size() < 2) {
            throw new IllegalStateException("need at least 2 days with a full " + horizonDays
                    + "-day horizon in history, found " + labelled.size());
        }
        return labelled;
    }

    /** The first test day: the days before it (75 %) train, the rest test. */
    static String split(List<String> labelled) {
        return labelled.get((int) Math.floor(labelled.size() * 0.75));
    }

    /**
     * Measures on the time split, refits the GBT on all {@code examples} (with "label") and saves it; with
     * {@code holdout} examples (a later day) also measures the refitted GBT and an LR fitted on all days on it.
     * @return the saved version's directory
     */
    Path measureFitSave(Dataset<Row> examples, String split, Dataset<Row> holdout, Map<String, Object> metadata,
            ChurnModels store) throws IOException {
        metadata.put("features", numeric);
        metadata.put("categorical_features", categorical);
        metadata.put("gbt", Map.of("trees", ModelKind.GBT_TREES, "depth", ModelKind.GBT_DEPTH,
                "step", ModelKind.GBT_STEP, "subsampling", ModelKind.GBT_SUBSAMPLING));
        metadata.put("rows", examples.count());
        metadata.put("base_rate", examples.agg(avg(FeaturePipeline.LABEL)).first().getDouble(0));
        measure(examples.where(col("biz_date").lt(split)), examples.where(col("biz_date").geq(split)), "test",
                metadata);
        PipelineModel model = holdout == null
                ? FeaturePipeline.pipeline(ModelKind.GBT, numeric, categorical).fit(examples)
                : measure(examples, holdout, "holdout", metadata);
        return store.save(model, metadata);
    }

    Path measureFitSave(Dataset<Row> examples, String split, Map<String, Object> metadata, ChurnModels store)
            throws IOException {
        return measureFitSave(examples, split, null, metadata, store);
    }

    /**
     * Fits GBT and LR on {@code train}, puts their AUC and top-decile lift on {@code test} into metadata as
     * {@code <gbt|lr>_<name>_auc} and {@code _lift_top_decile}.
     * @return the fitted GBT
     */
    private PipelineModel measure(Dataset<Row> train, Dataset<Row> test, String name, Map<String, Object> metadata) {
        PipelineModel gbt = null;
        for (ModelKind kind : List.of(ModelKind.GBT, ModelKind.LR)) {
            PipelineModel fitted = FeaturePipeline.pipeline(kind, numeric, categorical).fit(train);
            gbt = kind == ModelKind.GBT ? fitted : gbt;
            Dataset<Row> scored = fitted.transform(test)
                    .select(FeaturePipeline.positiveProbability().as("p"), col(FeaturePipeline.LABEL)).cache();
            List<Row> rows = scored.collectAsList();
            String key = kind.name().toLowerCase(Locale.ROOT) + "_" + name;
            boolean bothClasses = scored.select(FeaturePipeline.LABEL).distinct().count() == 2;
            metadata.put(key + "_auc", bothClasses ? CrossValidation.auc(scored) : null);
            metadata.put(key + "_lift_top_decile", Lift.topDecile(
                    rows.stream().mapToDouble(r -> r.getDouble(0)).toArray(),
                    rows.stream().mapToDouble(r -> r.getDouble(1)).toArray()));
            scored.unpersist();
        }
        return gbt;
    }
}
