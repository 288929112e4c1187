package org.wealthcrm.analytics.model;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.math3.stat.descriptive.summary.Sum;

/** Lift in the top decile: share of positives among the 10 % best scored ÷ share overall. */
final class Lift {

    private Lift() {
    }

    /**
     * @param scores higher = more likely positive; ties are broken by position (stable sort)
     * @param labels 0 or 1, same order as scores
     * @return lift, NaN when there is no positive at all
     */
    static double topDecile(double[] scores, double[] labels) {
        int n = scores.length;
        int top = Math.max(1, (int) Math.round(n * 0.1));
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        double[] topLabels = new double[top];
        for (int i = 0; i < top; i++) {
            topLabels[i] = labels[order[i]];
        }
        double baseRate = new Sum().evaluate(labels) / n;
        return baseRate == 0 ? Double.NaN : new Sum().evaluate(topLabels) / top / baseRate;
    }
}
