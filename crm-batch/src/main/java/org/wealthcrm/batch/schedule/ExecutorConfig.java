package org.wealthcrm.batch.schedule;

import com.xxl.job.core.executor.impl.XxlJobSpringExecutor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The XXL-Job executor: an embedded Netty HTTP server (POST {@code /beat}, {@code /idleBeat}, {@code /run},
 * {@code /kill}, {@code /log}) that runs the {@code @XxlJob} handlers of {@link XxlHandlers}. It binds every
 * interface on {@code crm.xxl.port}; {@code crm.xxl.access-token} is the only protection, so set it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ScheduleConditions.Executor.class)
class ExecutorConfig {

    /** Seconds the executor waits for the admin (registration and callbacks). */
    private static final int ADMIN_TIMEOUT_SECONDS = 3;

    @Bean
    XxlJobSpringExecutor xxlJobExecutor(XxlProperties properties) {
        XxlJobSpringExecutor executor = new XxlJobSpringExecutor();
        executor.setAdminAddresses(properties.adminAddresses());
        executor.setAccessToken(properties.accessToken());
        executor.setTimeout(ADMIN_TIMEOUT_SECONDS);
        executor.setAppname(properties.appName());
        executor.setAddress(properties.address());
        executor.setPort(properties.port());
        executor.setLogPath(properties.logPath().toAbsolutePath().toString());
        executor.setLogRetentionDays(properties.logRetentionDays());
        return executor;
    }
}
