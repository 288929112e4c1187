package org.wealthcrm.batch.schedule;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/** What {@code serve} runs, in words for the console, and the wait until the application is stopped. */
@Component
public class Serving implements ApplicationListener<ContextClosedEvent> {

    private final Environment env;
    private final XxlProperties xxl;
    private final Clock clock;
    private final CountDownLatch closed = new CountDownLatch(1);

    Serving(Environment env, XxlProperties xxl, Clock clock) {
        this.env = env;
        this.xxl = xxl;
        this.clock = clock;
    }

    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (ScheduleConditions.executorEnabled(env)) {
            lines.add("XXL-Job executor: app name " + xxl.appName() + ", listening on " + xxl.bindHost() + ":" + xxl.port() + ", "
                    + (xxl.hasAdmin() ? "admin " + xxl.adminAddresses() : "no admin (jobs run when POSTed to /run)"));
            lines.add("  handlers nightlyRun [YYYYMMDD], purgeStaged, purgeFacts; job logs in "
                    + xxl.logPath().toAbsolutePath());
            lines.add(xxl.accessToken().isBlank()
                    ? "  WARNING: crm.xxl.access-token is empty: anyone who reaches the port can run and kill jobs"
                    : "  access token set (header XXL-JOB-ACCESS-TOKEN)");
        } else {
            lines.add("XXL-Job executor: off");
        }
        lines.add(scheduleLine());
        lines.add("serving until stopped (Ctrl-C or SIGTERM)");
        return lines;
    }

    private String scheduleLine() {
        if (ScheduleConditions.embeddedScheduleEnabled(env)) {
            String cron = env.getProperty("crm.schedule.night-cron", EmbeddedSchedule.DEFAULT_CRON);
            LocalDateTime next = CronExpression.parse(cron).next(LocalDateTime.now(clock));
            return "embedded schedule: night of the latest complete delivery + housekeeping at cron '" + cron
                    + "', next " + next;
        }
        return xxl.hasAdmin() && ScheduleConditions.executorEnabled(env)
                ? "embedded schedule: off, the XXL-Job admin schedules"
                : "embedded schedule: off (crm.schedule.enabled=false or not serving)";
    }

    /** Blocks until the application context closes. */
    public void awaitShutdown() throws InterruptedException {
        closed.await();
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closed.countDown();
    }
}
