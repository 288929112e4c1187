package org.wealthcrm.web;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Migrates the schema, then loads the hand-written test bank {@code fixture.sql}, once per context. */
@TestConfiguration(proxyBeanMethods = false)
public class TestFixture {

    @Bean
    FlywayMigrationStrategy migrateThenLoadFixture() {
        return flyway -> {
            flyway.migrate();
            ResourceDatabasePopulator fixture = new ResourceDatabasePopulator();
            fixture.addScript(new ClassPathResource("fixture.sql"));
            fixture.setSqlScriptEncoding(StandardCharsets.UTF_8.name());
            DatabasePopulatorUtils.execute(fixture, flyway.getConfiguration().getDataSource());
        };
    }

    /** MockMvc over the running context with the security filter chain (real login, CSRF). */
    public static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }
}
