package org.wealthcrm.batch.schedule;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Spring's scheduling, only for the embedded schedule. */
@Configuration(proxyBeanMethods = false)
@Conditional(ScheduleConditions.EmbeddedSchedule.class)
@EnableScheduling
class ScheduleConfig {
}
