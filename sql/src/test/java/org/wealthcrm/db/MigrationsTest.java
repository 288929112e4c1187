package org.wealthcrm.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class MigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static EmbeddedDatabase postgres;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migratePostgres() {
        postgres = EmbeddedDatabase.startTemporary();
        Flyway.configure().dataSource(postgres.dataSource())
                .locations("classpath:db/migration/postgresql").load().migrate();
        jdbc = new JdbcTemplate(postgres.dataSource());
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void migrateWhenPostgresThenEveryCoreTableExists() {
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public'", String.class);
        assertThat(tables).contains("org_unit", "staff", "app_user", "app_user_role", "customer", "account",
                "account_balance", "product", "wm_holding", "fund_share", "fund_nav", "fund_confirm",
                "customer_manager", "customer_metrics", "nightly_run", "nightly_run_file", "load_reject",
                "batch_job_instance", "batch_step_execution");
    }

    @Test
    void insertWhenSecondMainManagerThenRefused() {
        jdbc.update("insert into customer_manager values ('C9','S1','M',100,date '2026-01-01')");
        assertThatThrownBy(() -> jdbc.update(
                "insert into customer_manager values ('C9','S2','M',100,date '2026-01-01')"))
                .hasMessageContaining("customer_manager_one_main_ix");
        jdbc.update("insert into customer_manager values ('C9','S3','A',30,date '2026-01-01')");
        assertThat(jdbc.queryForObject("select count(*) from customer_manager where cust_id = 'C9'", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void migrateWhenOracleCoreSchemaOnH2OracleModeThenTablesAndIdentitiesWork() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:oracle_check;MODE=Oracle;DB_CLOSE_DELAY=-1");
        // H2 cannot parse Oracle's storage clauses in V2 (Spring Batch's own script), so only V1 is checked here;
        // the one-main-manager rule (a virtual column) is not enforced by H2 and is checked on PostgreSQL above.
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/oracle").target("1").load().migrate();
        JdbcTemplate oracle = new JdbcTemplate(h2);
        // (H2 2.x reports Oracle-mode CHECK constraints as invalid on insert, so tables with checks are not used here)
        oracle.update("insert into load_reject (biz_date, file_name, line_no, reason_code, reason)"
                + " values (date '2026-11-20', 'cbs_txn_20261120.dat', 7, 'BAD_AMOUNT', 'amount: malformed')");
        assertThat(oracle.queryForObject("select reject_id from load_reject", Long.class)).isEqualTo(1L);
        assertThatThrownBy(() -> oracle.update("insert into load_reject (biz_date, file_name, line_no, reason_code,"
                + " reason) values (date '2026-11-20', 'cbs_txn_20261120.dat', 7, 'BAD_DATE', 'again')"))
                .isNotNull();
        try (Connection c = h2.getConnection()) {
            assertThat(c.getMetaData().getTables(null, null, "CUSTOMER_METRICS", null).next()).isTrue();
        }
    }

    @Test
    void compareWhenPostgresAndOracleMigrationsThenSameVersionsAndTables() throws IOException {
        assertThat(versions("oracle")).isEqualTo(versions("postgresql"));
        assertThat(tables("oracle")).isEqualTo(tables("postgresql"));
    }

    private static Set<String> versions(String vendor) throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS.resolve(vendor))) {
            Set<String> names = new TreeSet<>();
            files.forEach(f -> names.add(f.getFileName().toString()));
            return names;
        }
    }

    private static Set<String> tables(String vendor) throws IOException {
        Pattern create = Pattern.compile("(?i)create table (\\w+)");
        Set<String> tables = new TreeSet<>();
        for (String file : versions(vendor)) {
            Matcher m = create.matcher(Files.readString(MIGRATIONS.resolve(vendor).resolve(file)));
            while (m.find()) {
                tables.add(m.group(1).toLowerCase());
            }
        }
        return tables;
    }
}
