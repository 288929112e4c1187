package org.wealthcrm.batch.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.db.EmbeddedDatabase;

/** The night's name-initials step on a real PostgreSQL with the project's schema. */
class NameInitialsFixupTest {

    private static EmbeddedDatabase database;
    private static JdbcTemplate jdbc;

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
    void customers() {
        jdbc.update("delete from customer");
        insert("N001", "张三", null);
        insert("N002", "张小明", null);
        insert("N003", "李四", "ls");
        insert("N004", "王 Amy", "xx");
    }

    @Test
    void fillWhenLoadedCustomersHaveNoOrStaleInitialsThenEachGetsItsPinyinInitials() {
        int updated = new NameInitialsFixup(jdbc).fill();

        // N001 and N002 had none, N004's 'xx' is stale; N003's 'ls' already right
        assertThat(updated).isEqualTo(3);
        assertThat(initials()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "N001", "zs", "N002", "zxm", "N003", "ls", "N004", "wamy"));
    }

    @Test
    void fillWhenRunAgainOrAfterANameChangeThenOnlyTheChangedCustomerIsUpdated() {
        NameInitialsFixup fixup = new NameInitialsFixup(jdbc);
        fixup.fill();

        assertThat(fixup.fill()).isZero();
        jdbc.update("update customer set cust_name = '吕布' where cust_id = 'N003'");
        assertThat(fixup.fill()).isEqualTo(1);
        assertThat(initials()).containsEntry("N003", "lb");
    }

    @Test
    void fillWhenNameUnchangedSinceItsInitialsWereComputedThenItIsNotReadAgain() {
        NameInitialsFixup fixup = new NameInitialsFixup(jdbc);
        fixup.fill();
        // someone overwrites N002's initials without renaming: the name was already turned into initials once
        jdbc.update("update customer set name_initials = 'qq' where cust_id = 'N002'");

        assertThat(fixup.fill()).isZero();
        assertThat(initials()).containsEntry("N002", "qq");
        assertThat(jdbc.queryForObject("select initials_name from customer where cust_id = 'N002'", String.class))
                .isEqualTo("张小明");
    }

    @Test
    void fillWhenMoreCustomersThanOnePageThenEveryPageIsWalked() {
        jdbc.update("delete from customer");
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < NameInitialsFixup.PAGE + 7; i++) {
            rows.add(new Object[] {String.format("P%06d", i), "张三"});
        }
        jdbc.batchUpdate("insert into customer (cust_id, cust_name, id_type, id_no, branch_code, status, biz_date,"
                + " marketing_consent) values (?, ?, '01', 'X', 'S1', 'A', date '2026-11-20', 'N')", rows);

        assertThat(new NameInitialsFixup(jdbc).fill()).isEqualTo(NameInitialsFixup.PAGE + 7);
        assertThat(jdbc.queryForObject("select count(*) from customer where name_initials = 'zs'", Integer.class))
                .isEqualTo(NameInitialsFixup.PAGE + 7);
    }

    private static void insert(String custId, String name, String initials) {
        jdbc.update("insert into customer (cust_id, cust_name, id_type, id_no, branch_code, status, biz_date,"
                + " marketing_consent, name_initials) values (?, ?, '01', 'X', 'S1', 'A', date '2026-11-20', 'N', ?)",
                custId, name, initials);
    }

    private static Map<String, String> initials() {
        Map<String, String> found = new java.util.HashMap<>();
        jdbc.query("select cust_id, name_initials from customer", rs -> {
            found.put(rs.getString(1), rs.getString(2));
        });
        return found;
    }
}
