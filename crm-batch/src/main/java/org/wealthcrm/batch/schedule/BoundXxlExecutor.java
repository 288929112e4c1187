package org.wealthcrm.batch.schedule;

import java.lang.reflect.Method;

import com.xxl.job.core.executor.XxlJobExecutor;
import com.xxl.job.core.executor.impl.XxlJobSpringExecutor;
import com.xxl.job.core.log.XxlJobFileAppender;
import com.xxl.job.core.thread.ExecutorRegistryThread;
import com.xxl.job.core.thread.JobLogFileCleanThread;
import com.xxl.job.core.thread.TriggerCallbackThread;

/**
 * The Spring executor (finds the {@code @XxlJob} handlers) started as {@link XxlJobExecutor#start()} does, except
 * that its HTTP server listens on {@link XxlProperties#bindHost()} ({@link BoundEmbedServer}) instead of every
 * interface. The library's own start is switched off ({@code enabled=false}).
 */
class BoundXxlExecutor extends XxlJobSpringExecutor {

    private final XxlProperties properties;
    private final int adminTimeoutSeconds;
    private final BoundEmbedServer server = new BoundEmbedServer();

    BoundXxlExecutor(XxlProperties properties, int adminTimeoutSeconds) {
        this.properties = properties;
        this.adminTimeoutSeconds = adminTimeoutSeconds;
        setEnabled(false);
        setAdminAddresses(properties.adminAddresses());
        setAccessToken(properties.accessToken());
        setTimeout(adminTimeoutSeconds);
        setAppname(properties.appName());
        setAddress(properties.registeredAddress());
        setPort(properties.port());
        setLogPath(logPath());
        setLogRetentionDays(properties.logRetentionDays());
    }

    @Override
    public void afterSingletonsInstantiated() {
        super.afterSingletonsInstantiated();
        try {
            XxlJobFileAppender.initLogPath(logPath());
            initAdminClients();
            JobLogFileCleanThread.getInstance().start(properties.logRetentionDays());
            TriggerCallbackThread.getInstance().start();
            server.start(properties.bindHost(), properties.port(), properties.accessToken());
            ExecutorRegistryThread.getInstance().start(properties.appName(), properties.registeredAddress());
        } catch (Exception failed) {
            throw new IllegalStateException("XXL-Job executor did not start on " + properties.bindHost() + ":"
                    + properties.port() + ": " + failed.getMessage(), failed);
        }
    }

    @Override
    public void destroy() {
        ExecutorRegistryThread.getInstance().toStop();
        server.stop();
        super.destroy();
    }

    /** The admin clients (registration, callbacks): the library builds them in a private method. */
    private void initAdminClients() throws ReflectiveOperationException {
        Method init = XxlJobExecutor.class.getDeclaredMethod("initAdminBizList", String.class, String.class,
                int.class);
        init.setAccessible(true);
        init.invoke(this, properties.adminAddresses(), properties.accessToken(), adminTimeoutSeconds);
    }

    private String logPath() {
        return properties.logPath().toAbsolutePath().toString();
    }
}
