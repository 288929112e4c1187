package org.wealthcrm.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;
import org.wealthcrm.web.CrmWebTest;

/** The web app's scheduled jobs run once per bank: each takes a ShedLock row that the other instances find taken. */
@CrmWebTest
class ScheduledJobsTests {

    private static final String PROBE = "probe-two-instances";

    @Autowired
    ApplicationContext context;
    @Autowired
    LockProvider locks;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void releaseProbe() {
        jdbc.update("delete from shedlock where name in (?, 'customer-initials')", PROBE);
    }

    @Test
    void scheduledMethodsWhenScannedThenEveryPostNightJobTakesALockAndOnlyTheMetricsRefreshDoesNot() {
        Map<String, String> jobs = new TreeMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = AopUtils.getTargetClass(context.getBean(name));
            if (!type.getName().startsWith("org.wealthcrm.web")) {
                continue;
            }
            ReflectionUtils.doWithMethods(type, method -> {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
                    jobs.put(type.getSimpleName() + "." + method.getName(), lock == null ? "-" : lock.name());
                }
            });
        }
        assertThat(jobs).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "AuditPurgeSchedule.purge", "audit-purge",
                "AutoSubmitJob.run", "daily-report-auto-submit",
                "CustomerInitials.fillAfterNightlyLoad", "customer-initials",
                "OperationsMetrics.refresh", "-",
                "PoolNightlyJob.run", "pool-nightly",
                "PurchaseLinks.nightly", "purchase-links",
                "TargetListNightlyJob.run", "target-list-refresh")));
    }

    @Test
    void runWhenTwoInstancesFireTheSameJobTogetherThenItRunsOnceAndNotAgainWithinFiveMinutes() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Runnable job = () -> {
            runs.incrementAndGet();
            sleep(300);
        };
        DefaultLockingTaskExecutor first = new DefaultLockingTaskExecutor(locks);
        DefaultLockingTaskExecutor second = new DefaultLockingTaskExecutor(locks);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> first.executeWithLock(job, lock()));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> second.executeWithLock(job, lock()));
        CompletableFuture.allOf(a, b).get();
        second.executeWithLock(job, lock());

        assertThat(runs).hasValue(1);
    }

    @Test
    void scheduledJobWhenCalledThroughItsBeanThenItsLockRowIsTakenForAtLeastFiveMinutes() throws Exception {
        Object bean = context.getBean("customerInitials");
        Method method = ReflectionUtils.findMethod(bean.getClass(), "fillAfterNightlyLoad");
        ReflectionUtils.makeAccessible(method);
        method.invoke(bean);

        Long seconds = jdbc.queryForObject("select extract(epoch from lock_until - locked_at) from shedlock"
                + " where name = 'customer-initials'", Long.class);
        assertThat(seconds).isGreaterThanOrEqualTo(300L);
    }

    private static LockConfiguration lock() {
        return new LockConfiguration(Instant.now(), PROBE, Duration.ofMinutes(1), Duration.ofMinutes(1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
