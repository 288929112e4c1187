package org.wealthcrm.batch.schedule;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code crm.xxl.*}: the XXL-Job executor. {@code adminAddresses} empty means no admin (the executor only warns,
 * the embedded schedule runs the night); {@code address} empty lets the executor register {@code http://ip:port/}.
 * The executor listens on {@code bindAddress}, else on the host of {@code address}, else on 127.0.0.1 only; it needs
 * an {@code accessToken} unless {@code allowEmptyToken} (for a demo on one machine only).
 */
@ConfigurationProperties("crm.xxl")
record XxlProperties(boolean enabled, String adminAddresses, String appName, int port, String accessToken,
                     Path logPath, int logRetentionDays, String address, String bindAddress,
                     boolean allowEmptyToken) {

    static final String LOOPBACK = "127.0.0.1";

    XxlProperties {
        adminAddresses = adminAddresses == null ? "" : adminAddresses.trim();
        appName = appName == null || appName.isBlank() ? "crm-batch" : appName;
        port = port == 0 ? 9999 : port;
        accessToken = accessToken == null ? "" : accessToken;
        logPath = logPath == null ? Path.of("var/xxl-job/logs") : logPath;
        logRetentionDays = logRetentionDays == 0 ? 30 : logRetentionDays;
        address = address == null ? "" : address.trim();
        bindAddress = bindAddress == null ? "" : bindAddress.trim();
    }

    boolean hasAdmin() {
        return !adminAddresses.isEmpty();
    }

    /** The interface the executor listens on. */
    String bindHost() {
        if (!bindAddress.isEmpty()) {
            return bindAddress;
        }
        String host = address.isEmpty() ? null : URI.create(address).getHost();
        return host == null ? LOOPBACK : host;
    }

    /** What the executor registers with the admin: {@code address}, else {@code http://<bind host>:<port>/}. */
    String registeredAddress() {
        return address.isEmpty() ? "http://" + bindHost() + ":" + port + "/" : address;
    }

    /** Refuses to run an executor that anyone reaching the port could drive. */
    void requireAccessToken() {
        if (accessToken.isBlank() && !allowEmptyToken) {
            throw new MissingAccessToken();
        }
    }
}
