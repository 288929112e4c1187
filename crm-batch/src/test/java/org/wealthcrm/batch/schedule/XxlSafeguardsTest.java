package org.wealthcrm.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Where the executor listens and that it does not start without an access token (outside the demo). */
class XxlSafeguardsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(XxlProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner executor = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, ExecutorConfig.class)
            .withPropertyValues("crm.xxl.enabled=true", "crm.xxl.port=0");

    @Test
    void bindHostWhenNothingConfiguredThenLoopbackAndRegistersLoopback() {
        XxlProperties xxl = properties("", "");

        assertThat(xxl.bindHost()).isEqualTo("127.0.0.1");
        assertThat(xxl.registeredAddress()).isEqualTo("http://127.0.0.1:9999/");
    }

    @Test
    void bindHostWhenAddressConfiguredThenItsHost() {
        XxlProperties xxl = properties("http://10.20.30.40:9999/", "");

        assertThat(xxl.bindHost()).isEqualTo("10.20.30.40");
        assertThat(xxl.registeredAddress()).isEqualTo("http://10.20.30.40:9999/");
    }

    @Test
    void bindHostWhenBindAddressConfiguredThenItWinsOverAddress() {
        XxlProperties xxl = properties("http://batch.bank.example:9999/", "0.0.0.0");

        assertThat(xxl.bindHost()).isEqualTo("0.0.0.0");
        assertThat(xxl.registeredAddress()).isEqualTo("http://batch.bank.example:9999/");
    }

    @Test
    void requireAccessTokenWhenEmptyAndNotDemoThenOneLineRefusal() {
        assertThatThrownBy(() -> properties("", "").requireAccessToken())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("crm.xxl.access-token is empty: set it to the XXL-Job admin's xxl.job.accessToken"
                        + " (crm.xxl.allow-empty-token=true only for a demo)");
    }

    @Test
    void executorWhenNoAccessTokenThenContextDoesNotStart() {
        executor.run(context -> {
            assertThat(context).hasFailed();
            Throwable root = context.getStartupFailure();
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("crm.xxl.access-token is empty");
        });
    }

    @Test
    void analyzerWhenTokenMissingThenOneLineDescriptionWithoutStackTrace() {
        org.springframework.boot.diagnostics.FailureAnalysis analysis = new MissingAccessTokenAnalyzer()
                .analyze(new IllegalStateException("bean creation", new MissingAccessToken()));

        assertThat(analysis.getDescription()).isEqualTo(MissingAccessToken.MESSAGE).doesNotContain("\n");
        assertThat(analysis.getAction())
                .isEqualTo("Start with --crm.xxl.access-token=<token>, or --crm.xxl.allow-empty-token=true for a demo.");
    }

    @Test
    void executorWhenNoAccessTokenButDemoFlagThenCreated() {
        executor.withPropertyValues("crm.xxl.allow-empty-token=true",
                        "crm.xxl.log-path=" + Path.of("target/xxl-safeguards-logs").toAbsolutePath())
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(BoundXxlExecutor.class));
    }

    private static XxlProperties properties(String address, String bindAddress) {
        return new XxlProperties(true, "", "crm-batch", 9999, "", null, 0, address, bindAddress, false);
    }
}
