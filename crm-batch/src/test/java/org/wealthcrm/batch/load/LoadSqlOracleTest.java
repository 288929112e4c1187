package org.wealthcrm.batch.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.db.OracleOnH2;
import org.wealthcrm.contract.extract.ExtractFile;

/**
 * The loader's Oracle SQL against the schema of every Oracle migration, on H2 in Oracle mode ({@link OracleOnH2},
 * sql test-jar): plain inserts for the date's facts, {@code merge … using (select ? col, … from dual)} for master
 * data. H2 cannot type a bare parameter in a select list (Oracle types it from the bind) and refuses the merge with
 * 50004 (UNKNOWN_DATA_TYPE); the same merge with each parameter cast to its column's type must then run.
 */
class LoadSqlOracleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Pattern BARE_PARAMETER = Pattern.compile("\\? (\\w+)");
    private static final int H2_UNKNOWN_DATA_TYPE = 50004;

    static DataSource oracle;

    @BeforeAll
    static void migrate() {
        oracle = OracleOnH2.schema("load_oracle");
    }

    @Test
    void prepareWhenFactsThenTheInsertsFitTheMigratedTables() throws SQLException {
        List<TableLoad> facts = loads().stream().filter(l -> !l.upsert()).toList();
        assertThat(facts).extracting(TableLoad::table).containsExactlyInAnyOrder("account_balance", "wm_holding",
                "fund_nav", "fund_share", "fund_confirm");
        try (Connection connection = oracle.getConnection()) {
            for (TableLoad load : facts) {
                try (PreparedStatement statement = connection.prepareStatement(load.sql(SqlDialect.ORACLE))) {
                    assertThat(statement.getParameterMetaData().getParameterCount()).as(load.table())
                            .isEqualTo(load.columns().size());
                }
            }
        }
    }

    @Test
    void prepareWhenMasterDataThenH2RefusesTheBareParametersAndRunsTheTypedMerge() throws SQLException {
        List<TableLoad> masters = loads().stream().filter(TableLoad::upsert).toList();
        assertThat(masters).extracting(TableLoad::table).containsExactlyInAnyOrder("org_unit", "staff", "product",
                "product", "customer", "account");
        try (Connection connection = oracle.getConnection()) {
            for (TableLoad load : masters) {
                String merge = load.sql(SqlDialect.ORACLE);
                assertThatThrownBy(() -> connection.prepareStatement(merge)).as(load.table())
                        .isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getErrorCode()).isEqualTo(H2_UNKNOWN_DATA_TYPE));
                try (PreparedStatement statement = connection.prepareStatement(typed(merge, load.table()))) {
                    assertThat(statement.getParameterMetaData().getParameterCount()).as(load.table())
                            .isEqualTo(load.constants().size() + load.columns().size() + 1);
                }
            }
        }
    }

    @Test
    void mergeWhenSameOrgTwiceThenOneRowWithTheSecondValues() {
        TableLoad org = TableLoads.of(ExtractFile.HR_ORG).orElseThrow();
        JdbcTemplate jdbc = new JdbcTemplate(oracle);
        String merge = typed(org.sql(SqlDialect.ORACLE), org.table());
        // the constant org_path first (the fix-ups set the real path later), then the fields, then biz_date
        jdbc.update(merge, "/", "R09", "华东区域", 2, "HO000", DAY);
        jdbc.update(merge, "/", "R09", "华东大区", 2, "HO000", DAY.plusDays(1));
        assertThat(jdbc.queryForList("select org_code || '|' || org_name || '|' || org_level || '|' || parent_code"
                + " || '|' || org_path || '|' || to_char(biz_date, 'YYYY-MM-DD HH24:MI:SS') from org_unit"
                + " where org_code = 'R09'", String.class))
                .containsExactly("R09|华东大区|2|HO000|/|2026-11-21 00:00:00");
    }

    private static List<TableLoad> loads() {
        return Arrays.stream(ExtractFile.values()).map(TableLoads::of).flatMap(Optional::stream).toList();
    }

    /** The merge with each {@code ? col} of its select from dual written {@code cast(? as <col's type>) col}. */
    private static String typed(String merge, String table) {
        JdbcTemplate jdbc = new JdbcTemplate(oracle);
        Matcher bare = BARE_PARAMETER.matcher(merge);
        StringBuilder out = new StringBuilder();
        while (bare.find()) {
            String type = jdbc.queryForObject("select case data_type"
                    + " when 'CHARACTER VARYING' then 'varchar(' || character_maximum_length || ')'"
                    + " when 'CHARACTER' then 'char(' || character_maximum_length || ')'"
                    + " when 'NUMERIC' then 'numeric(' || numeric_precision || ',' || numeric_scale || ')'"
                    + " else data_type end from information_schema.columns"
                    + " where table_schema = 'PUBLIC' and table_name = upper(?) and column_name = upper(?)",
                    String.class, table, bare.group(1));
            bare.appendReplacement(out, "cast(? as " + type + ") " + bare.group(1));
        }
        bare.appendTail(out);
        return out.toString();
    }
}
