package org.wealthcrm.analytics.model;

import java.util.Locale;
import org.apache.spark.ml.classification.GBTClassifier;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.ProbabilisticClassifier;

/**
 * The two classifiers and their documented settings. GBT: 30 trees of depth 5, step 0.1, 80 % row
 * subsampling, seed 42 — on Churn_Modelling as good as 100 trees of depth 3 (AUC 0.865 both) at a
 * third of the Spark jobs. LR: logistic regression (no regularisation) on standardised features.
 */
public enum ModelKind {
    GBT, LR;

    static final int GBT_TREES = 30;
    static final int GBT_DEPTH = 5;
    static final double GBT_STEP = 0.1;
    static final double GBT_SUBSAMPLING = 0.8;
    static final long GBT_SEED = 42L;

    /** @return the classifier reading "features" and "label", writing "probability" */
    ProbabilisticClassifier<?, ?, ?> classifier() {
        if (this == GBT) {
            return new GBTClassifier().setMaxIter(GBT_TREES).setMaxDepth(GBT_DEPTH)
                    .setStepSize(GBT_STEP).setSubsamplingRate(GBT_SUBSAMPLING).setSeed(GBT_SEED)
                    .setFeaturesCol(FeaturePipeline.FEATURES).setLabelCol(FeaturePipeline.LABEL);
        }
        return new LogisticRegression().setMaxIter(100)
                .setFeaturesCol(FeaturePipeline.SCALED).setLabelCol(FeaturePipeline.LABEL);
    }

    static ModelKind parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
