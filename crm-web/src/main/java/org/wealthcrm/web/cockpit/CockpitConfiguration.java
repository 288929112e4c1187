package org.wealthcrm.web.cockpit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChurnAlertPanel.class)
class CockpitConfiguration {
}
