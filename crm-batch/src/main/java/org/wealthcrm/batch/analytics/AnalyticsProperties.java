package org.wealthcrm.batch.analytics;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where crm-analytics is and how to start it: {@code crm.analytics.home} (the module folder, holding
 * target/classes and target/analytics.classpath), the Spark master and the child JVM's heap.
 */
@ConfigurationProperties("crm.analytics")
public record AnalyticsProperties(Path home, String master, String heap) {

    public AnalyticsProperties {
        home = home == null ? Path.of("crm-analytics") : home;
        master = master == null ? "local[2]" : master;
        heap = heap == null ? "2g" : heap;
    }
}
