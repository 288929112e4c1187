package org.wealthcrm.batch;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.db.EmbeddedDatabase;

/** A throw-away embedded PostgreSQL with the project's schema, for step tests that need no Spring context. */
public final class MigratedDatabase implements AutoCloseable {

    private final EmbeddedDatabase database = EmbeddedDatabase.startTemporary();
    private final JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

    public MigratedDatabase() {
        Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration/postgresql").load()
                .migrate();
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** A customer_metrics row with the columns the steps read; the others get fixed values. */
    public void metrics(String date, String custId, String branch, String aum, String tier, String mainRm,
                        String churnScore, String reasons) {
        jdbc.update("insert into customer_metrics (biz_date, cust_id, branch_code, aum, aum_avg_30, tier,"
                + " asset_interval, activity_level, coverage, main_rm, churn_score, churn_reasons)"
                + " values (cast(? as date), ?, ?, cast(? as numeric), cast(? as numeric), ?, 'A01', 'L5', 0, ?,"
                + " cast(? as numeric), ?)", date, custId, branch, aum, aum, tier, mainRm, churnScore, reasons);
    }

    @Override
    public void close() {
        database.close();
    }
}
