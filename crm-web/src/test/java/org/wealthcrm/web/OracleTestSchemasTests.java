package org.wealthcrm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.wealthcrm.db.OracleOnH2;

/**
 * The hand-written Oracle test schemas ({@code oracle-mini-schema.sql} and the scripts laid on top of it) hold only
 * tables and columns that the Oracle migrations create, so the mapper tests on them cannot pass on a column the real
 * schema does not have.
 */
class OracleTestSchemasTests {

    private static final String COLUMNS = "select lower(table_name) || '.' || lower(column_name)"
            + " from information_schema.columns where table_schema = 'PUBLIC'";

    private static final Set<String> MIGRATED = columns(OracleOnH2.schema("migrated_columns"));

    @ParameterizedTest
    @ValueSource(strings = {"", "workbench-oracle-schema.sql", "goal-alert-oracle-schema.sql",
            "opportunity-oracle-schema.sql"})
    void layMiniSchemaWhenScriptOnTopThenEveryColumnIsInTheOracleMigrations(String onTop) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:test_schema_" + onTop.replace('-', '_').replace(".sql", "")
                + ";MODE=Oracle;DB_CLOSE_DELAY=-1");
        ResourceDatabasePopulator scripts = new ResourceDatabasePopulator(
                new ClassPathResource("oracle-mini-schema.sql"));
        if (!onTop.isEmpty()) {
            scripts.addScript(new ClassPathResource(onTop));
        }
        DatabasePopulatorUtils.execute(scripts, h2);
        Set<String> test = columns(h2);
        assertThat(test).contains("customer.cust_id", "customer_metrics.aum");
        test.removeAll(MIGRATED);
        assertThat(test).as("columns of the test schema that no Oracle migration creates").isEmpty();
    }

    private static Set<String> columns(DataSource dataSource) {
        List<String> columns = new JdbcTemplate(dataSource).queryForList(COLUMNS, String.class);
        return new TreeSet<>(columns);
    }
}
