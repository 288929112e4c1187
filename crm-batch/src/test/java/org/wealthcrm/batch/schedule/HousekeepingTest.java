package org.wealthcrm.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.wealthcrm.db.EmbeddedDatabase;

/**
 * Purges on a real PostgreSQL with the project's schema. Dates lie years ahead of any wall clock, with gaps, so
 * only a purge that counts the business dates present in the data passes.
 */
class HousekeepingTest {

    private static final List<LocalDate> DATES = Stream.of("2031-03-03", "2031-03-04", "2031-03-07", "2031-03-10",
            "2031-03-11").map(LocalDate::parse).toList();
    private static EmbeddedDatabase database;
    private static JdbcTemplate jdbc;

    @TempDir
    Path work;

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
    void facts() {
        jdbc.update("delete from account_balance");
        jdbc.update("delete from wm_holding");
        jdbc.update("delete from fund_share");
        for (LocalDate date : DATES) {
            jdbc.update("insert into account_balance (bal_date, acct_no, currency, balance, balance_cny)"
                    + " values (?, 'A1', 'CNY', 1, 1)", date);
            jdbc.update("insert into wm_holding (hold_date, cust_id, prod_code, shares, market_value_cny)"
                    + " values (?, 'C1', 'P1', 1, 1)", date);
            jdbc.update("insert into fund_share (share_date, ta_acct, cust_id, fund_code, shares, frozen_shares)"
                    + " values (?, 'T1', 'C1', 'F1', 1, 0)", date);
        }
    }

    @Test
    void purgeFactsWhenMoreDatesThanKeptThenOlderDatesGoInEveryFactTable() {
        String done = housekeeping(7, 3).purgeFacts();

        assertThat(done).isEqualTo("facts: kept 2031-03-07..2031-03-11, deleted account_balance=2 wm_holding=2"
                + " fund_share=2");
        for (String column : List.of("account_balance.bal_date", "wm_holding.hold_date", "fund_share.share_date")) {
            String[] t = column.split("\\.");
            assertThat(jdbc.queryForList("select " + t[1] + " from " + t[0] + " order by 1", LocalDate.class))
                    .as(t[0]).isEqualTo(DATES.subList(2, 5));
        }
    }

    @Test
    void purgeFactsWhenNoMoreDatesThanKeptThenNothingGoes() {
        String done = housekeeping(7, 5).purgeFacts();

        assertThat(done).isEqualTo("facts: 5 balance dates, nothing older than the newest 5");
        assertThat(jdbc.queryForObject("select count(*) from fund_share", Integer.class)).isEqualTo(5);
    }

    @Test
    void purgeStagedWhenMoreDatesThanKeptThenOlderDateFoldersGoAndOtherFilesStay() throws IOException {
        for (LocalDate date : DATES) {
            Path dir = Files.createDirectories(work.resolve("staged").resolve(date.toString().replace("-", "")));
            Files.writeString(dir.resolve("cbs_balance.dat"), "x");
        }
        Files.createDirectories(work.resolve("staged/not-a-date"));

        String done = housekeeping(2, 35).purgeStaged();

        assertThat(done).isEqualTo("staged: deleted 3 dates 2031-03-03..2031-03-07, kept 2031-03-10..2031-03-11");
        try (Stream<Path> left = Files.list(work.resolve("staged"))) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("20310310", "20310311", "not-a-date");
        }
    }

    @Test
    void purgeStagedWhenNoStagedFolderThenNothingGoes() throws IOException {
        assertThat(housekeeping(7, 35).purgeStaged()).isEqualTo("staged: 0 dates, nothing older than the newest 7");
    }

    private Housekeeping housekeeping(int keepStagedDays, int keepFactDays) {
        return new Housekeeping(work, keepStagedDays, keepFactDays, jdbc,
                new DataSourceTransactionManager(database.dataSource()));
    }
}
