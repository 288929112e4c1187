package org.wealthcrm.analytics.model;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Repeated stratified k-fold cross-validation of one or more model kinds on labelled rows. */
final class CrossValidation {

    /** Fits run concurrently: each is a chain of small Spark jobs on one partition, mostly latency. */
    static final int PARALLEL_FITS = 2;

    private final List<String> numeric;
    private final List<String> categorical;

    CrossValidation(List<String> numeric, List<String> categorical) {
        this.numeric = numeric;
        this.categorical = categorical;
    }

    /** @param labelled rows with "label" (double 0/1) and the feature columns */
    Map<ModelKind, AucSummary> run(Dataset<Row> labelled, List<ModelKind> kinds, int folds, int repeats,
            long seed) {
        Map<ModelKind, List<Future<double[]>>> results = new EnumMap<>(ModelKind.class);
        kinds.forEach(kind -> results.put(kind, new ArrayList<>()));
        List<Dataset<Row>> cached = new ArrayList<>();
        FoldProgress progress = new FoldProgress(kinds.size() * folds * repeats);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_FITS);
        try {
            for (int repeat = 0; repeat < repeats; repeat++) {
                Dataset<Row> folded = StratifiedFolds.withFold(labelled, FeaturePipeline.LABEL, folds,
                        StratifiedFolds.repeatSeed(seed, repeat)).coalesce(1).cache();
                cached.add(folded);
                for (int fold = 0; fold < folds; fold++) {
                    Dataset<Row> train = folded.where(col(StratifiedFolds.FOLD).notEqual(fold));
                    Dataset<Row> test = folded.where(col(StratifiedFolds.FOLD).equalTo(fold));
                    String fit = "repeat " + (repeat + 1) + " fold " + (fold + 1) + "/" + folds;
                    for (ModelKind kind : kinds) {
                        results.get(kind).add(pool.submit(() -> progress.done(kind + " " + fit,
                                score(kind, train, test))));
                    }
                }
            }
            Map<ModelKind, AucSummary> summaries = new EnumMap<>(ModelKind.class);
            for (Map.Entry<ModelKind, List<Future<double[]>>> e : results.entrySet()) {
                summaries.put(e.getKey(), summary(e.getValue()));
            }
            return summaries;
        } finally {
            pool.shutdownNow();
            cached.forEach(Dataset::unpersist);
        }
    }

    private static AucSummary summary(List<Future<double[]>> folds) {
        List<double[]> done = new ArrayList<>();
        for (Future<double[]> fold : folds) {
            try {
                done.add(fold.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("cross-validation interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a fold failed: " + e.getCause(), e.getCause());
            }
        }
        return AucSummary.of(done.stream().mapToDouble(r -> r[0]).toArray(),
                done.stream().mapToDouble(r -> r[1]).toArray());
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

    /** One line per finished fit: how many of all, the fit's AUC, elapsed time and the ETA at the rate so far. */
    static final class FoldProgress {
        private final int total;
        private final long started = System.nanoTime();
        private final AtomicInteger finished = new AtomicInteger();

        FoldProgress(int total) {
            this.total = total;
        }

        double[] done(String fit, double[] result) {
            int n = finished.incrementAndGet();
            double elapsed = (System.nanoTime() - started) / 1e9;
            System.out.println(line(n, total, fit, result[0], elapsed));
            return result;
        }

        static String line(int n, int total, String fit, double auc, double elapsedSeconds) {
            double eta = elapsedSeconds / n * (total - n);
            return String.format(Locale.ROOT, "[analytics] fit %d/%d %s AUC %.4f, elapsed %.0f s, ETA %.0f s",
                    n, total, fit, auc, elapsedSeconds, eta);
        }
    }
}
