package org.wealthcrm.web.system;

import java.util.Properties;

import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells MyBatis which vendor it talks to, so mapper XML can keep an Oracle variant ({@code databaseId="oracle"}) of the
 * statements whose SQL differs (paging). H2 runs the Oracle variant because tests use it in Oracle mode.
 */
@Configuration(proxyBeanMethods = false)
class MybatisConfiguration {

    @Bean
    DatabaseIdProvider databaseIdProvider() {
        Properties vendors = new Properties();
        vendors.setProperty("PostgreSQL", "postgresql");
        vendors.setProperty("Oracle", "oracle");
        vendors.setProperty("H2", "oracle");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        return provider;
    }
}
