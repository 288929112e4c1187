package org.wealthcrm.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The mapper XML read with {@code databaseId="oracle"} against H2 in Oracle mode, so the Oracle variants of the
 * statements (paging with {@code offset … rows fetch next … rows only}, {@code from dual}) run somewhere in the tests.
 * H2 cannot take the Oracle migration's CHECK constraints, so {@code oracle-mini-schema.sql} holds just the columns
 * the checked statements read.
 */
public final class OracleDialect {

    private OracleDialect() {
    }

    public static SqlSessionFactory sessions(String name, List<String> mapperXml) throws IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";MODE=Oracle;DB_CLOSE_DELAY=-1");
        DatabasePopulatorUtils.execute(new ResourceDatabasePopulator(
                new ClassPathResource("oracle-mini-schema.sql")), h2);
        Configuration configuration = new Configuration(new Environment("h2", new JdbcTransactionFactory(), h2));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setArgNameBasedConstructorAutoMapping(true);
        Properties vendors = new Properties();
        vendors.setProperty("H2", "oracle");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        configuration.setDatabaseId(provider.getDatabaseId(h2));
        for (String resource : mapperXml) {
            try (InputStream in = Resources.getResourceAsStream(resource)) {
                new XMLMapperBuilder(in, configuration, resource, configuration.getSqlFragments()).parse();
            }
        }
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
