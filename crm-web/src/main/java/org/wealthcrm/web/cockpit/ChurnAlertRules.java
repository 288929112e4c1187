package org.wealthcrm.web.cockpit;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which customers the manager cockpit raises a churn alert for ({@code crm.cockpit.churn-alert.*}): a valuable tier
 * (default the VIP tiers) and a churn score of at least the threshold (default 0.5), at most {@code limit} shown.
 */
@ConfigurationProperties("crm.cockpit.churn-alert")
record ChurnAlertRules(@DefaultValue("0.5") BigDecimal threshold,
                       @DefaultValue({"VIP1", "VIP2", "VIP3", "VIP4"}) List<String> tiers,
                       @DefaultValue("20") int limit) {
}
