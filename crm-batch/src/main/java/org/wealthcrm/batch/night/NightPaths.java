package org.wealthcrm.batch.night;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Folders of the night: {@code crm.landing-dir} (upstream deliveries, one folder per date), {@code crm.work-dir}
 * (staged files, Parquet history, analytics output) and {@code crm.export-dir} (the metrics export).
 */
@ConfigurationProperties("crm")
record NightPaths(Path landingDir, Path workDir, Path exportDir) {

    NightPaths {
        landingDir = landingDir == null ? Path.of("var/landing") : landingDir;
        workDir = workDir == null ? Path.of("var/work") : workDir;
        exportDir = exportDir == null ? Path.of("var/export") : exportDir;
    }

    Path landing() {
        return landingDir;
    }

    Path work() {
        return workDir;
    }

    Path history() {
        return workDir.resolve("history");
    }

    Path export() {
        return exportDir;
    }
}
