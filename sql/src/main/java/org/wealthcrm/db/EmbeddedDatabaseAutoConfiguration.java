package org.wealthcrm.db;

import com.zaxxer.hikari.HikariDataSource;

import java.nio.file.Path;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * When {@code crm.db.embedded.enabled=true}, starts the embedded PostgreSQL (data in {@code crm.db.embedded.data-dir},
 * port {@code crm.db.embedded.port}) and offers a pooled DataSource to it, in place of {@code spring.datasource.*}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnProperty(name = "crm.db.embedded.enabled", havingValue = "true")
public class EmbeddedDatabaseAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${crm.db.embedded.data-dir:}") String dataDir,
                                      @Value("${crm.db.embedded.port:0}") int port) {
        return dataDir.isBlank() ? EmbeddedDatabase.startTemporary() : EmbeddedDatabase.start(Path.of(dataDir), port);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database,
                          @Value("${crm.db.embedded.pool-size:10}") int poolSize) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(poolSize);
        pool.setPoolName("crm-embedded");
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        return pool;
    }
}
