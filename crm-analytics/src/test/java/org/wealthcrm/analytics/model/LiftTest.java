package org.wealthcrm.analytics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LiftTest {

    @Test
    void topDecileWhenTheBestScoredTenthHoldsHalfThePositivesThenLiftIsTheirShareOverTheBaseRate() {
        // 20 rows, base rate 4/20 = 0.2; top decile = the 2 best scores (0.95 positive, 0.90 negative)
        double[] scores = new double[20];
        double[] labels = new double[20];
        for (int i = 0; i < 20; i++) {
            scores[i] = i / 100.0;
        }
        scores[7] = 0.95;
        labels[7] = 1;
        scores[3] = 0.90;
        labels[0] = 1;
        labels[1] = 1;
        labels[2] = 1;

        // share in top decile 1/2 = 0.5; 0.5 / 0.2 = 2.5
        assertThat(Lift.topDecile(scores, labels)).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void summaryWhenThreeFoldsThenMeanSdAndStudentTIntervalMatchTheHandWorkedValues() {
        AucSummary summary = AucSummary.of(new double[] {0.80, 0.82, 0.84}, new double[] {2, 3, 4});

        // mean 0.82; sd sqrt((0.0004 + 0 + 0.0004) / 2) = 0.02; t(0.975, 2) = 4.302653
        // half width 4.302653 x 0.02 / sqrt(3) = 0.049683
        assertThat(summary.mean()).isCloseTo(0.82, within(1e-12));
        assertThat(summary.sd()).isCloseTo(0.02, within(1e-12));
        assertThat(summary.ciLow()).isCloseTo(0.82 - 0.049683, within(1e-6));
        assertThat(summary.ciHigh()).isCloseTo(0.82 + 0.049683, within(1e-6));
        assertThat(summary.lift()).isCloseTo(3.0, within(1e-12));
    }
}
