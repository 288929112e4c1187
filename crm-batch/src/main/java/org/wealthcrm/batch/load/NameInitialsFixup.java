package org.wealthcrm.batch.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.wealthcrm.batch.progress.WorkProgress;
import org.wealthcrm.contract.NameInitials;

/**
 * After the customer load: sets {@code customer.name_initials} (pinyin initials for the web app's quick search) of
 * every customer whose initials are missing or no longer match the name, e.g. after a name change in the core
 * system. Only those customers are read: {@code customer.initials_name} keeps the name the initials were computed
 * from, so each name is turned into initials once, and a night with few new or renamed customers does little here.
 * Walks them in key order a page at a time; running it again changes nothing more.
 */
@Component
public class NameInitialsFixup {

    static final int PAGE = 5000;
    /** Customers whose name is new or changed since their initials were computed. */
    private static final String CHANGED = "(initials_name is null or initials_name <> cust_name)";

    private final JdbcTemplate jdbc;

    public NameInitialsFixup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many customers got new initials. */
    public int fill() {
        return fill(WorkProgress.nowhere());
    }

    /** As {@link #fill()}, reporting customers checked, rate and ETA to {@code sink} every few seconds. */
    public int fill(Consumer<String> sink) {
        Long customers = jdbc.queryForObject("select count(*) from customer where " + CHANGED, Long.class);
        WorkProgress progress = new WorkProgress("name_initials", customers, sink);
        int updated = 0;
        String after = "";
        while (true) {
            List<String[]> page = jdbc.query("select cust_id, cust_name, name_initials from customer"
                    + " where cust_id > ? and " + CHANGED + " order by cust_id fetch first " + PAGE + " rows only",
                    (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, after);
            if (page.isEmpty()) {
                progress.finish();
                return updated;
            }
            updated += update(page);
            progress.add(page.size());
            after = page.get(page.size() - 1)[0];
        }
    }

    private int update(List<String[]> page) {
        List<Object[]> rows = new ArrayList<>();
        int changed = 0;
        for (String[] row : page) {
            String initials = NameInitials.of(row[1]);
            changed += Objects.equals(initials, row[2]) ? 0 : 1;
            rows.add(new Object[] {initials, row[1], row[0]});
        }
        jdbc.batchUpdate("update customer set name_initials = ?, initials_name = ? where cust_id = ?", rows);
        return changed;
    }
}
