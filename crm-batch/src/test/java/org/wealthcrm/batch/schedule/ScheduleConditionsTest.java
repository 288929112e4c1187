package org.wealthcrm.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Which command line starts the executor and the embedded schedule (defaults as in application.properties). */
class ScheduleConditionsTest {

    @Test
    void serveWhenNoAdminThenExecutorAndEmbeddedSchedule() {
        StandardEnvironment env = env("serve");

        assertThat(ScheduleConditions.executorEnabled(env)).isTrue();
        assertThat(ScheduleConditions.embeddedScheduleEnabled(env)).isTrue();
    }

    @Test
    void serveWhenAdminConfiguredThenExecutorWithoutEmbeddedSchedule() {
        StandardEnvironment env = env("serve", "--crm.xxl.admin-addresses=http://admin:8080/xxl-job-admin");

        assertThat(ScheduleConditions.executorEnabled(env)).isTrue();
        assertThat(ScheduleConditions.embeddedScheduleEnabled(env)).isFalse();
    }

    @Test
    void serveWhenScheduleDisabledThenExecutorOnly() {
        StandardEnvironment env = env("--crm.schedule.enabled=false", "serve");

        assertThat(ScheduleConditions.executorEnabled(env)).isTrue();
        assertThat(ScheduleConditions.embeddedScheduleEnabled(env)).isFalse();
    }

    @Test
    void nightWhenDefaultsThenNeitherExecutorNorSchedule() {
        StandardEnvironment env = env("night", "--date", "20261120");

        assertThat(ScheduleConditions.executorEnabled(env)).isFalse();
        assertThat(ScheduleConditions.embeddedScheduleEnabled(env)).isFalse();
    }

    @Test
    void nightWhenXxlEnabledThenExecutorButNoSchedule() {
        StandardEnvironment env = env("night", "--crm.xxl.enabled=true");

        assertThat(ScheduleConditions.executorEnabled(env)).isTrue();
        assertThat(ScheduleConditions.embeddedScheduleEnabled(env)).isFalse();
    }

    @Test
    void generateWhenServeIsOnlyAnArgumentThenNotServing() {
        assertThat(ScheduleConditions.serving(env("generate", "serve"))).isFalse();
    }

    private static StandardEnvironment env(String... args) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        env.getPropertySources().addLast(new org.springframework.core.env.MapPropertySource("application",
                java.util.Map.of("crm.xxl.enabled", "false", "crm.schedule.enabled", "true",
                        "crm.xxl.admin-addresses", "")));
        return env;
    }
}
