package org.wealthcrm.batch.churnalert;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a churn score becomes an alert ({@code crm.churn-alert.*}): a score at or above {@code threshold} (default
 * 0.5) of a customer in tier {@code min-tier} (default VIP4: every VIP tier, AUM_AVG_30 ≥ 50,000) or above; no new alert while one is open or within
 * {@code quiet-days} (default 30) of the last; the follow-up task is due {@code task-days} (default 3) after the
 * business date.
 */
@Component
class AlertRules {

    /** Tiers from the most valuable down (METRICS.md). */
    static final List<String> TIERS = List.of("VIP1", "VIP2", "VIP3", "VIP4", "MASS");

    final BigDecimal threshold;
    final List<String> valuableTiers;
    final int quietDays;
    final int taskDays;

    AlertRules(@Value("${crm.churn-alert.threshold:0.5}") BigDecimal threshold,
               @Value("${crm.churn-alert.min-tier:VIP4}") String minTier,
               @Value("${crm.churn-alert.quiet-days:30}") int quietDays,
               @Value("${crm.churn-alert.task-days:3}") int taskDays) {
        int lowest = TIERS.indexOf(minTier);
        if (lowest < 0) {
            throw new IllegalArgumentException("crm.churn-alert.min-tier: unknown tier " + minTier);
        }
        this.threshold = threshold;
        this.valuableTiers = TIERS.subList(0, lowest + 1);
        this.quietDays = quietDays;
        this.taskDays = taskDays;
    }
}
