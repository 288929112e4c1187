package org.wealthcrm.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wealthcrm.web.CrmWebTest;

@CrmWebTest
class MybatisConfigurationTests {

    @Autowired
    SqlSessionFactory sessions;

    @Test
    void startWhenPostgresqlThenDatabaseIdIsPostgresql() {
        assertThat(sessions.getConfiguration().getDatabaseId()).isEqualTo("postgresql");
    }

    @Test
    void startWhenMappersScannedThenEveryMapperXmlLoaded() {
        Configuration configuration = sessions.getConfiguration();
        assertThat(configuration.getMapperRegistry().getMappers()).extracting(Class::getSimpleName)
                .contains("CustomerMapper", "CockpitMapper", "ScopeMapper", "BusinessDateMapper",
                        "UserAccountMapper", "OperationsMapper");
        assertThat(configuration.getMappedStatementNames()).contains(
                "org.wealthcrm.web.customer.CustomerMapper.findCustomers",
                "org.wealthcrm.web.cockpit.CockpitMapper.byChildOrg",
                "org.wealthcrm.web.operations.OperationsMapper.findRejects");
    }
}
