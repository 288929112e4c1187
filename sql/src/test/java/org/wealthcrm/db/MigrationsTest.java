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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

class MigrationsTest {

    private static final String V2 = "V2__batch_job_repository.sql";
    private static final String V5 = "V5__sms_and_audit.sql";

    /**
     * Everything H2 (Oracle mode) cannot run of the Oracle migrations V1…latest, with H2's exact error code.
     * <ul>
     * <li>V2, Spring Batch's six tables, 42000 (SYNTAX_ERROR_1): H2 has no Oracle storage clauses and stops at
     * {@code SEGMENT CREATION IMMEDIATE}; the clause only tells Oracle to allocate the segment at once, so each table
     * is run again without it and must then be created (the columns are compared with PostgreSQL below).</li>
     * <li>V5, the six append-only guards, 42001 (SYNTAX_ERROR_2): they are PL/SQL triggers and H2's triggers are Java
     * classes; the same guards are PL/pgSQL triggers on PostgreSQL and are checked there (crm-web AuditChainTests).</li>
     * </ul>
     */
    private static final List<OracleOnH2.Refusal> H2_REFUSES = List.of(
            storageClause("CREATE TABLE BATCH_JOB_INSTANCE ("),
            storageClause("CREATE TABLE BATCH_JOB_EXECUTION ("),
            storageClause("CREATE TABLE BATCH_JOB_EXECUTION_PARAMS ("),
            storageClause("CREATE TABLE BATCH_STEP_EXECUTION ("),
            storageClause("CREATE TABLE BATCH_STEP_EXECUTION_CONTEXT ("),
            storageClause("CREATE TABLE BATCH_JOB_EXECUTION_CONTEXT ("),
            plsqlTrigger("data_change_log_guard"),
            plsqlTrigger("login_log_guard"),
            plsqlTrigger("sms_message_guard"),
            plsqlTrigger("sms_event_guard"),
            plsqlTrigger("audit_chain_guard"),
            plsqlTrigger("audit_truncate_guard"));

    /**
     * The one asserted difference of the two schemas: Oracle keeps "one main manager per customer" as a virtual
     * column {@code main_of} under a unique index, PostgreSQL as a partial unique index (no column).
     */
    private static final String ORACLE_ONLY_COLUMN = "customer_manager.main_of";

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
        // V1 through Flyway here; all versions run statement by statement in the tests below (OracleOnH2).
        // The one-main-manager rule (a virtual column) is not enforced by H2 and is checked on PostgreSQL above.
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/oracle").target("1").load().migrate();
        JdbcTemplate oracle = new JdbcTemplate(h2);
        // (Flyway closes the session that created the CHECK constraints, and H2 2.4 then reports them invalid on
        // insert (23514), so tables with checks are not used here; OracleOnH2.schema keeps that session open)
        oracle.update("insert into load_reject (biz_date, file_name, line_no, reason_code, reason)"
                + " values (date '2026-11-20', 'cbs_txn_20261120.dat', 7, 'BAD_AMOUNT', 'amount: malformed')");
        assertThat(oracle.queryForObject("select reject_id from load_reject", Long.class)).isEqualTo(1L);
        // the same line of the same file is rejected once: load_reject's unique key, H2's DUPLICATE_KEY_1 (23505)
        assertThatThrownBy(() -> oracle.update("insert into load_reject (biz_date, file_name, line_no, reason_code,"
                + " reason) values (date '2026-11-20', 'cbs_txn_20261120.dat', 7, 'BAD_DATE', 'again')"))
                .isInstanceOf(DuplicateKeyException.class)
                .cause().isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("23505");
                    assertThat(e.getErrorCode()).isEqualTo(23505);
                });
        try (Connection c = h2.getConnection()) {
            assertThat(c.getMetaData().getTables(null, null, "CUSTOMER_METRICS", null).next()).isTrue();
        }
    }

    @Test
    void migrateWhenEveryOracleMigrationOnH2OracleModeThenOnlyTheListedStatementsAreRefused() throws IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:oracle_all;MODE=Oracle;DB_CLOSE_DELAY=-1");
        assertThat(OracleOnH2.files()).first().isEqualTo("V1__core_schema.sql");
        assertThat(OracleOnH2.files()).hasSameSizeAs(versions("postgresql")).contains("V13__customer_contacts_and_recycle_bin.sql");
        assertThat(OracleOnH2.migrate(h2)).containsExactlyElementsOf(H2_REFUSES);
    }

    @Test
    void compareWhenOracleMigrationsOnH2AndPostgresMigrationsThenSameTablesAndColumns() {
        JdbcTemplate oracle = new JdbcTemplate(OracleOnH2.schema("oracle_columns"));
        Set<String> oracleColumns = new TreeSet<>(oracle.queryForList("select lower(table_name) || '.' ||"
                + " lower(column_name) from information_schema.columns where table_schema = 'PUBLIC'", String.class));
        Set<String> postgresColumns = new TreeSet<>(jdbc.queryForList("select table_name || '.' || column_name"
                + " from information_schema.columns where table_schema = 'public'"
                + " and table_name <> 'flyway_schema_history'", String.class));
        assertThat(oracleColumns).contains(ORACLE_ONLY_COLUMN);
        assertThat(postgresColumns).doesNotContain(ORACLE_ONLY_COLUMN).contains("customer_manager.share_pct");
        oracleColumns.remove(ORACLE_ONLY_COLUMN);
        assertThat(oracleColumns).containsExactlyElementsOf(postgresColumns);
    }

    @Test
    void compareWhenPostgresAndOracleMigrationsThenSameVersionsAndTables() throws IOException {
        assertThat(versions("oracle")).isEqualTo(versions("postgresql"));
        assertThat(tables("oracle")).isEqualTo(tables("postgresql"));
    }

    private static OracleOnH2.Refusal storageClause(String firstLine) {
        return new OracleOnH2.Refusal(V2, firstLine, 42000, true);
    }

    private static OracleOnH2.Refusal plsqlTrigger(String name) {
        return new OracleOnH2.Refusal(V5, "create or replace trigger " + name, 42001, false);
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
