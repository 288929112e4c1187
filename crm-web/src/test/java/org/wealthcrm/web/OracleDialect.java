package org.wealthcrm.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.wealthcrm.db.OracleOnH2;

/**
 * The mapper XML read with {@code databaseId="oracle"} against H2 in Oracle mode, so the Oracle variants of the
 * statements (paging with {@code offset … rows fetch next … rows only}, {@code from dual}) run somewhere in the tests.
 * {@link #sessions} runs them on {@code oracle-mini-schema.sql} (just the columns the first checked statements read),
 * {@link #migratedSessions} on the schema of every Oracle migration as H2 runs it ({@link OracleOnH2}, sql test-jar).
 * Every Oracle-variant statement that runs is noted for {@code OracleStatementCoverageTests}.
 */
public final class OracleDialect {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Set<String> EXECUTED = ConcurrentHashMap.newKeySet();

    private OracleDialect() {
    }

    /** The mapper XML on {@code oracle-mini-schema.sql}. */
    public static SqlSessionFactory sessions(String name, List<String> mapperXml) throws IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + "_" + DATABASES.incrementAndGet() + ";MODE=Oracle;DB_CLOSE_DELAY=-1");
        DatabasePopulatorUtils.execute(new ResourceDatabasePopulator(
                new ClassPathResource("oracle-mini-schema.sql")), h2);
        return sessions(h2, mapperXml);
    }

    /** The mapper XML on the schema of every Oracle migration (what H2 can run of it, see {@link OracleOnH2}). */
    public static SqlSessionFactory migratedSessions(String name, List<String> mapperXml) throws IOException {
        return sessions(OracleOnH2.schema(name + "_" + DATABASES.incrementAndGet()), mapperXml);
    }

    /** The Oracle-variant statements ({@code namespace.id}) that ran through these sessions in this JVM. */
    public static Set<String> executedOracleStatements() {
        return Set.copyOf(EXECUTED);
    }

    private static SqlSessionFactory sessions(DataSource h2, List<String> mapperXml) throws IOException {
        Configuration configuration = new Configuration(new Environment("h2", new JdbcTransactionFactory(), h2));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setArgNameBasedConstructorAutoMapping(true);
        Properties vendors = new Properties();
        vendors.setProperty("H2", "oracle");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        configuration.setDatabaseId(provider.getDatabaseId(h2));
        configuration.addInterceptor(new Recorder());
        for (String resource : mapperXml) {
            try (InputStream in = Resources.getResourceAsStream(resource)) {
                new XMLMapperBuilder(in, configuration, resource, configuration.getSqlFragments()).parse();
            }
        }
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    /** Notes each statement read with {@code databaseId="oracle"} when it runs. */
    @Intercepts({
            @Signature(type = Executor.class, method = "query", args = {MappedStatement.class, Object.class,
                    RowBounds.class, ResultHandler.class}),
            @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class})})
    private static final class Recorder implements Interceptor {

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
            if ("oracle".equals(statement.getDatabaseId())) {
                EXECUTED.add(statement.getId());
            }
            return invocation.proceed();
        }
    }
}
