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
        } catch (IllegalArgumentException e) {
            System.err.println("[analytics] ERROR " + e.getMessage());
            return 2;
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
        Dataset<Row> csv = spark.read().option("header", "true").option("inferSchema", "true")
                .option("sep", args.separator()).csv(args.csv());
        checkColumns(List.of(csv.columns()), args);
        List<String> numeric = new ArrayList<>();
        List<String> categorical = new ArrayList<>();
        for (StructField field : csv.schema().fields()) {
            if (!field.name().equals(args.label()) && !args.drop().contains(field.name())) {
                (field.dataType() instanceof NumericType ? numeric : categorical).add(field.name());
            }
        }
        System.out.println("[analytics] features numeric=" + numeric + " one-hot=" + categorical);
        Dataset<Row> labelled = BinaryLabel.withLabel(csv, args.label()).cache();
        try {
            return new CrossValidation(numeric, categorical)
                    .run(labelled, args.models(), args.folds(), args.repeats(), args.seed());
        } finally {
            labelled.unpersist();
        }
    }

    /** The label and every ignored column must be in the header; one column only hints at the separator. */
    static void checkColumns(List<String> columns, EvaluateArgs args) {
        String hint = columns.size() == 1
                ? " (the header was read as one column: is the separator right? e.g. --sep ';')" : "";
        if (!columns.contains(args.label())) {
            throw new IllegalArgumentException("no label column " + args.label() + " in " + args.csv()
                    + "; its columns: " + columns + hint);
        }
        List<String> unknown = args.drop().stream().filter(c -> !columns.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no column " + String.join(", ", unknown) + " to ignore in "
                    + args.csv() + "; its columns: " + columns + hint);
        }
    }
}
