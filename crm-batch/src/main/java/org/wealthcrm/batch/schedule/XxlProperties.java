package org.wealthcrm.batch.schedule;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code crm.xxl.*}: the XXL-Job executor. {@code adminAddresses} empty means no admin (the executor only warns,
 * the embedded schedule runs the night); {@code address} empty lets the executor register {@code http://ip:port/}.
 */
@ConfigurationProperties("crm.xxl")
record XxlProperties(boolean enabled, String adminAddresses, String appName, int port, String accessToken,
                     Path logPath, int logRetentionDays, String address) {

    XxlProperties {
        adminAddresses = adminAddresses == null ? "" : adminAddresses.trim();
        appName = appName == null || appName.isBlank() ? "crm-batch" : appName;
        port = port == 0 ? 9999 : port;
        accessToken = accessToken == null ? "" : accessToken;
        logPath = logPath == null ? Path.of("var/xxl-job/logs") : logPath;
        logRetentionDays = logRetentionDays == 0 ? 30 : logRetentionDays;
        address = address == null ? "" : address.trim();
    }

    boolean hasAdmin() {
        return !adminAddresses.isEmpty();
    }
}
