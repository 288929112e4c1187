package org.wealthcrm.web.cockpit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The manager cockpit's churn-alert panel ({@code crm.cockpit.churn-alert.limit}): at most {@code limit} of the open
 * alerts raised by the nightly run are shown (which customers get an alert is crm-batch's {@code crm.churn-alert.*}).
 */
@ConfigurationProperties("crm.cockpit.churn-alert")
record ChurnAlertPanel(@DefaultValue("20") int limit) {
}
