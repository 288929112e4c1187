package org.wealthcrm.batch.schedule;

import java.util.Arrays;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * When the executor and the embedded schedule are on. The {@code serve} command is seen in the command line's
 * non-option arguments (Spring's {@code nonOptionArgs} property), so it can switch them on before the context starts.
 */
final class ScheduleConditions {

    private ScheduleConditions() {
    }

    /** {@code java -jar crm-batch.jar serve ...}: the first non-option argument is {@code serve}. */
    static boolean serving(Environment env) {
        String args = env.getProperty("nonOptionArgs", "");
        return Arrays.stream(args.split(",")).findFirst().map(String::trim).filter("serve"::equals).isPresent();
    }

    static boolean executorEnabled(Environment env) {
        return env.getProperty("crm.xxl.enabled", Boolean.class, false) || serving(env);
    }

    /** Only under {@code serve}, only when {@code crm.schedule.enabled}, and only without an XXL-Job admin. */
    static boolean embeddedScheduleEnabled(Environment env) {
        boolean admin = executorEnabled(env) && !env.getProperty("crm.xxl.admin-addresses", "").isBlank();
        return serving(env) && env.getProperty("crm.schedule.enabled", Boolean.class, true) && !admin;
    }

    /** The XXL-Job executor and its handlers. */
    static final class Executor implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return executorEnabled(context.getEnvironment());
        }
    }

    /** The embedded cron schedule. */
    static final class EmbeddedSchedule implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return embeddedScheduleEnabled(context.getEnvironment());
        }
    }
}
