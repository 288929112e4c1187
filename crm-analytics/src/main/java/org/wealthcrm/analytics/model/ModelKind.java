package org.wealthcrm.analytics.model;

import java.util.Locale;
import org.apache.spark.ml.classification.GBTClassifier;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.ProbabilisticClassifier;

/**
 * The two classifiers and their documented settings. GBT: 100 trees of depth 3, step 0.1, 80 %
 * row subsampling, seed fixed (sklearn's defaults but the subsampling; Spark's own defaults of 20
 * trees of depth 5 land lower on Churn_Modelling). LR: plain logistic regression on scaled features.
 */
public enum ModelKind {
    GBT, LR;

    static final int GBT_TREES = Integer.getInteger("x.trees", 100);
    static final int GBT_DEPTH = Integer.getInteger("x.depth", 3);
    static final double GBT_STEP = Double.parseDouble(System.getProperty("x.step", "0.1"));
    static final double GBT_SUBSAMPLING = Double.parseDouble(System.getProperty("x.sub", "0.8"));
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
