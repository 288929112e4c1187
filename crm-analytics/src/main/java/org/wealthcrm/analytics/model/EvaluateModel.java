package org.wealthcrm.analytics.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.wealthcrm.analytics.common.Cli;

/**
 * Cross-validates the churn model's pipeline (GBT, LR baseline) on any labelled CSV with a header:
 * numeric columns are features as they are, string columns are one-hot encoded. Prints, per model,
 * ROC AUC mean ± sd over all folds of all repeats, its 95 % CI and the mean top-decile lift.
 */
public final class EvaluateModel {

    private EvaluateModel() {
    }

    public static void main(String[] args) {
        Cli.useBundledLoggingUnlessConfigured();
        System.exit(run(args));
    }

    /** @return 0 done, 2 bad arguments, 1 failed */
    public static int run(String[] commandLine) {
        EvaluateArgs args;
        try {
            args = EvaluateArgs.parse(commandLine);
        } catch (IllegalArgumentException e) {
            System.err.println("[analytics] ERROR " + e.getMessage());
            return 2;
        }
        boolean joinsExistingSession = SparkSession.getDefaultSession().isDefined();
        SparkSession spark = ModelSession.create("crm-analytics evaluate " + args.csv(), args.master());
        try {
            long started = System.nanoTime();
            Map<ModelKind, AucSummary> results = evaluate(spark, args);
            results.forEach((kind, summary) -> System.out.println("[analytics] " + summary.describe(kind.name())));
            System.out.printf(Locale.ROOT, "[analytics] done seconds=%.1f%n", (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (Exception e) {
            System.err.println("[analytics] ERROR evaluation failed: " + e.getMessage());
            return 1;
        } finally {
            if (!joinsExistingSession) {
                spark.stop();
            }
        }
    }

    static Map<ModelKind, AucSummary> evaluate(SparkSession spark, EvaluateArgs args) {
        Dataset<Row> csv = spark.read().option("header", "true").option("inferSchema", "true").csv(args.csv());
        if (!List.of(csv.columns()).contains(args.label())) {
            throw new IllegalArgumentException("no column " + args.label() + " in " + args.csv());
        }
        List<String> numeric = new ArrayList<>();
        List<String> categorical = new ArrayList<>();
        for (StructField field : csv.schema().fields()) {
            if (!field.name().equals(args.label()) && !args.drop().contains(field.name())) {
                (field.dataType() instanceof NumericType ? numeric : categorical).add(field.name());
            }
        }
        System.out.println("[analytics] features numeric=" + numeric + " one-hot=" + categorical);
        Dataset<Row> labelled = FeaturePipeline.withLabel(csv, args.label()).drop(args.label()).cache();
        try {
            return new CrossValidation(numeric, categorical)
                    .run(labelled, args.models(), args.folds(), args.repeats(), args.seed());
        } finally {
            labelled.unpersist();
        }
    }
}
