package org.wealthcrm.batch.mart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.batch.analytics.AnalyticsLauncher;
import org.wealthcrm.db.EmbeddedDatabase;

/** Publishing the analytics' propensity file into customer_propensity on a real PostgreSQL with the schema. */
class PropensityPublisherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static EmbeddedDatabase database;
    private static JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() {
        database = EmbeddedDatabase.startTemporary();
        Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration/postgresql").load()
                .migrate();
        jdbc = new JdbcTemplate(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void otherDay() {
        jdbc.update("delete from customer_propensity");
        jdbc.update("insert into customer_propensity values (date '2026-11-19', 'C1', 'FUND', 0.5000)");
    }

    @Test
    void publishWhenRunTwiceThenTheDateHoldsExactlyTheScoredCustomerCategories() throws IOException {
        Path file = write("""
                cust_id,biz_date,propensity_wealth,propensity_fund
                C1,20261120,,0.7312
                C2,20261120,,0.0100
                C3,20261120,,
                """);
        PropensityPublisher publisher = new PropensityPublisher(jdbc);

        assertThat(publisher.publish(DAY, file)).isEqualTo(2);
        assertThat(publisher.publish(DAY, file)).isEqualTo(2); // a re-run replaces, never adds

        // C3 and every WEALTH column empty (no model): no row; the 19th is left alone
        assertThat(rows()).containsExactly("2026-11-19 C1 FUND 0.5000", "2026-11-20 C1 FUND 0.7312",
                "2026-11-20 C2 FUND 0.0100");
    }

    @Test
    void publishWhenNoPropensityFileThenTheDateHasNoScoresLeft() throws IOException {
        PropensityPublisher publisher = new PropensityPublisher(jdbc);
        publisher.publish(DAY, write("cust_id,biz_date,propensity_wealth,propensity_fund\nC9,20261120,0.9000,\n"));

        assertThat(publisher.publish(DAY, dir.resolve("absent.csv"))).isZero();

        assertThat(rows()).containsExactly("2026-11-19 C1 FUND 0.5000");
    }

    @Test
    void publishWhenAColumnIsNotAPropensityThenRefused() throws IOException {
        Path file = write("cust_id,biz_date,churn_score\nC1,20261120,0.1\n");

        assertThatThrownBy(() -> new PropensityPublisher(jdbc).publish(DAY, file))
                .hasMessageContaining("unexpected column churn_score");
    }

    @Test
    void propensityBesideWhenMetricsFileThenSameFolderAndDate() {
        assertThat(AnalyticsLauncher.propensityBeside(Path.of("/w/analytics/metrics_20261120.csv")))
                .isEqualTo(Path.of("/w/analytics/propensity_20261120.csv"));
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("propensity_20261120.csv"), text);
    }

    private static List<String> rows() {
        return jdbc.query("select biz_date, cust_id, category, score from customer_propensity"
                + " order by biz_date, category, cust_id", (rs, i) -> rs.getObject(1, LocalDate.class) + " "
                + rs.getString(2) + " " + rs.getString(3) + " " + rs.getBigDecimal(4).toPlainString());
    }
}
