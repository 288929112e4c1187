package org.wealthcrm.web.operations;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bank-wide figures for the operations dashboard, read from the database so every web instance reports the same:
 * {@code crm_sms_messages{status}} (the SMS outbox by status: QUEUED, SUBMITTED, DELIVERED, FAILED …) and
 * {@code crm_night_step_seconds{step}} (each step of the latest night, from Spring Batch's job repository).
 * Refreshed every minute; request timings per page come from Spring Boot ({@code http_server_requests}).
 */
@Component
class OperationsMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OperationsMetrics.class);

    private final JdbcTemplate jdbc;
    private MultiGauge sms;
    private MultiGauge steps;

    OperationsMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        sms = MultiGauge.builder("crm.sms.messages").description("SMS messages by status").register(registry);
        steps = MultiGauge.builder("crm.night.step.seconds").description("duration of each step of the latest night")
                .baseUnit("seconds").register(registry);
        refresh();
    }

    @Scheduled(fixedDelayString = "${crm.metrics.refresh:60000}", initialDelayString = "${crm.metrics.refresh:60000}")
    void refresh() {
        if (sms == null) {
            return;
        }
        try {
            registerRows();
        } catch (DataAccessException unavailable) {
            // a metric must never stop the application: the gauges keep their last values
            log.warn("operations metrics not refreshed: {}", unavailable.getMessage());
        }
    }

    private void registerRows() {
        sms.register(jdbc.query("select status, count(*) from sms_outbox group by status",
                (rs, n) -> MultiGauge.Row.of(Tags.of("status", rs.getString(1)), rs.getLong(2))), true);
        steps.register(latestNightSteps(), true);
    }

    private List<MultiGauge.Row<?>> latestNightSteps() {
        return jdbc.query("select step_name, start_time, end_time from batch_step_execution where end_time is not null"
                + " and job_execution_id = (select max(job_execution_id) from batch_job_execution)", (rs, n) -> {
                    Timestamp start = rs.getTimestamp(2);
                    Timestamp end = rs.getTimestamp(3);
                    double seconds = Duration.between(start.toInstant(), end.toInstant()).toMillis() / 1000.0;
                    return MultiGauge.Row.of(Tags.of("step", rs.getString(1)), seconds);
                });
    }
}
