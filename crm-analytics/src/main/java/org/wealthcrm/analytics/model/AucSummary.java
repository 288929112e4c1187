package org.wealthcrm.analytics.model;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Mean, sample standard deviation and 95 % confidence interval (Student t, n-1 degrees of freedom)
 * of per-fold figures, plus the mean top-decile lift. All statistics come from Commons Math.
 */
record AucSummary(int folds, double mean, double sd, double ciLow, double ciHigh, double lift) {

    static AucSummary of(double[] aucs, double[] lifts) {
        DescriptiveStatistics auc = new DescriptiveStatistics(aucs);
        long n = auc.getN();
        double halfWidth = n < 2 ? Double.NaN
                : new TDistribution(n - 1).inverseCumulativeProbability(0.975)
                        * auc.getStandardDeviation() / Math.sqrt(n);
        return new AucSummary((int) n, auc.getMean(), auc.getStandardDeviation(),
                auc.getMean() - halfWidth, auc.getMean() + halfWidth,
                new DescriptiveStatistics(lifts).getMean());
    }

    String describe(String model) {
        return String.format(Locale.ROOT,
                "%s ROC AUC %.4f ± %.4f (95%% CI %.4f – %.4f, %d folds), top-decile lift %.2f",
                model, mean, sd, ciLow, ciHigh, folds, lift);
    }
}
