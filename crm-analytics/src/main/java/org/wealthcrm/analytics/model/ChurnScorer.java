package org.wealthcrm.analytics.model;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Scores customers with a fitted churn pipeline and explains each score: for every reason feature
 * the customer's value is replaced by the population median and the drop of the predicted
 * probability is that feature's contribution (perturbation attribution on the fitted model). The
 * three largest positive contributions become churn_reasons, {@code CODE=value;CODE=value;…}.
 */
public final class ChurnScorer {

    static final double MIN_CONTRIBUTION = 1e-4;
    private static final String BASE = "";

    private ChurnScorer() {
    }

    /** Population medians of the reason features (Commons Math), collected to the driver. */
    public static Map<String, Double> medians(Dataset<Row> features) {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (ChurnReason reason : ChurnReason.values()) {
            double[] values = features.select(col(reason.feature).cast("double")).collectAsList().stream()
                    .mapToDouble(r -> r.getDouble(0)).toArray();
            medians.put(reason.feature, values.length == 0 ? 0.0 : new Median().evaluate(values));
        }
        return medians;
    }

    /** @return cust_id, churn_score (double), churn_reasons (text, "" when none) */
    public static Dataset<Row> score(PipelineModel model, Dataset<Row> features, Map<String, Double> medians) {
        Dataset<Row> variants = features.withColumn("perturbed", lit(BASE));
        for (ChurnReason reason : ChurnReason.values()) {
            variants = variants.unionByName(features
                    .withColumn(reason.feature, lit(medians.get(reason.feature)))
                    .withColumn("perturbed", lit(reason.name())));
        }
        Dataset<Row> scored = model.transform(variants)
                .select(col("cust_id"), col("perturbed"), FeaturePipeline.positiveProbability().as("p"));
        List<Column> perVariant = new ArrayList<>();
        for (ChurnReason reason : ChurnReason.values()) {
            perVariant.add(first(when(col("perturbed").equalTo(reason.name()), col("p")), true).as(reason.name()));
        }
        Dataset<Row> pivoted = scored.groupBy("cust_id")
                .agg(first(when(col("perturbed").equalTo(BASE), col("p")), true).as("churn_score"),
                        perVariant.toArray(Column[]::new))
                .join(features.select(reasonValues()), "cust_id");
        return pivoted.withColumn("candidates", candidates())
                .select(col("cust_id"), col("churn_score"), expr("array_join(transform(slice(sort_array("
                        + "filter(candidates, x -> x.c > " + MIN_CONTRIBUTION + "), false), 1, 3), x -> x.t), ';')")
                        .as("churn_reasons"));
    }

    private static Column[] reasonValues() {
        List<Column> columns = new ArrayList<>(List.of(col("cust_id")));
        for (ChurnReason reason : ChurnReason.values()) {
            columns.add(col(reason.feature).as("v_" + reason.name()));
        }
        return columns.toArray(Column[]::new);
    }

    /** array of struct(c = contribution, t = "CODE=value") over the reason features */
    private static Column candidates() {
        List<Column> candidates = new ArrayList<>();
        for (ChurnReason reason : ChurnReason.values()) {
            Column value = col("v_" + reason.name());
            Column contribution = col("churn_score").minus(col(reason.name()));
            if (!reason.knownWhenNegative()) {
                contribution = when(value.geq(0), contribution).otherwise(lit(0.0));
            }
            Column text = concat(lit(reason.name() + "="),
                    round(value.cast("decimal(38,10)"), reason.decimals).cast("string"));
            candidates.add(struct(contribution.as("c"), text.as("t")));
        }
        return array(candidates.toArray(Column[]::new));
    }
}
