package org.wealthcrm.batch.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The XXL-Job executor: an embedded Netty HTTP server (POST {@code /beat}, {@code /idleBeat}, {@code /run},
 * {@code /kill}, {@code /log}) that runs the {@code @XxlJob} handlers of {@link XxlHandlers}. It listens on
 * {@code crm.xxl.port} of 127.0.0.1 unless {@code crm.xxl.bind-address} or {@code crm.xxl.address} says otherwise,
 * and does not start without {@code crm.xxl.access-token} unless {@code crm.xxl.allow-empty-token=true} (demo).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ScheduleConditions.Executor.class)
class ExecutorConfig {

    /** Seconds the executor waits for the admin (registration and callbacks). */
    private static final int ADMIN_TIMEOUT_SECONDS = 3;

    @Bean
    BoundXxlExecutor xxlJobExecutor(XxlProperties properties) {
        properties.requireAccessToken();
        return new BoundXxlExecutor(properties, ADMIN_TIMEOUT_SECONDS);
    }
}
