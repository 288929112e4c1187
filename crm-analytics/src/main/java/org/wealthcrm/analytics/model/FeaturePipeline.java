package org.wealthcrm.analytics.model;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.OneHotEncoder;
import org.apache.spark.ml.feature.StandardScaler;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The one pipeline shape used for evaluation, training and nightly scoring: numeric columns as
 * they are, string columns indexed then one-hot encoded (unseen values get their own slot), all
 * assembled into "features"; LR also standardises them.
 */
public final class FeaturePipeline {

    static final String FEATURES = "features";
    static final String SCALED = "scaled_features";
    static final String LABEL = "label";
    static final String PROBABILITY = "probability";

    private FeaturePipeline() {
    }

    public static Pipeline pipeline(ModelKind kind, List<String> numeric, List<String> categorical) {
        List<PipelineStage> stages = new ArrayList<>();
        List<String> assembled = new ArrayList<>(numeric);
        if (!categorical.isEmpty()) {
            String[] indexed = categorical.stream().map(c -> c + "__idx").toArray(String[]::new);
            String[] encoded = categorical.stream().map(c -> c + "__vec").toArray(String[]::new);
            stages.add(new StringIndexer().setInputCols(categorical.toArray(String[]::new))
                    .setOutputCols(indexed).setHandleInvalid("keep").setStringOrderType("alphabetAsc"));
            stages.add(new OneHotEncoder().setInputCols(indexed).setOutputCols(encoded)
                    .setHandleInvalid("keep"));
            assembled.addAll(List.of(encoded));
        }
        stages.add(new VectorAssembler().setInputCols(assembled.toArray(String[]::new))
                .setOutputCol(FEATURES));
        if (kind == ModelKind.LR) {
            stages.add(new StandardScaler().setInputCol(FEATURES).setOutputCol(SCALED)
                    .setWithMean(true).setWithStd(true));
        }
        stages.add(kind.classifier());
        return new Pipeline().setStages(stages.toArray(PipelineStage[]::new));
    }

    /** Adds "label" (double 0/1) from the given 0/1 column. */
    public static Dataset<Row> withLabel(Dataset<Row> rows, String labelColumn) {
        return rows.withColumn(LABEL, col(labelColumn).cast("double"));
    }

    /** The probability of class 1 from a scored dataset's "probability" vector. */
    public static Column positiveProbability() {
        return functions.vector_to_array(col(PROBABILITY), "float64").getItem(1);
    }
}
