package org.wealthcrm.batch.listresult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nightly follow-up results of target lists: for every published or closed list whose window has started, per
 * relationship manager, the members, those contacted within the window, those converted and the AUM gained
 * (see {@link ListMeasure}). A re-run of a date replaces the date's rows.
 */
@Component
public class ListResults {

    private static final String INSERT = "insert into target_list_result (biz_date, list_id, staff_id, members,"
            + " contacted, converted, aum_before, aum_after, aum_gained) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private final JdbcTemplate jdbc;
    private final ListMeasure measure;

    ListResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.measure = new ListMeasure(jdbc);
    }

    /** Measures every list on {@code businessDate}; returns the rows written. */
    @Transactional
    public int measure(LocalDate businessDate) {
        jdbc.update("delete from target_list_result where biz_date = ?", businessDate);
        List<ListWindow> lists = jdbc.query("select list_id, prod_category, prod_code, start_date, end_date"
                        + " from target_list where status in ('PUBLISHED', 'CLOSED') and start_date <= ?"
                        + " order by list_id",
                (rs, i) -> new ListWindow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)), businessDate);
        List<Object[]> rows = new ArrayList<>();
        for (ListWindow list : lists) {
            for (Map.Entry<String, RmTally> rm : measure.byManager(list, businessDate).entrySet()) {
                RmTally t = rm.getValue();
                rows.add(new Object[] {businessDate, list.listId(), rm.getKey(), t.members, t.contacted,
                        t.converted, t.aumBefore, t.aumAfter, t.aumGained()});
            }
        }
        jdbc.batchUpdate(INSERT, rows);
        return rows.size();
    }
}
