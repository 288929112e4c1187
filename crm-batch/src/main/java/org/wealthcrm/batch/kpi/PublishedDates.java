package org.wealthcrm.batch.kpi;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The business dates with published figures in the {@code customer_metrics} mart. */
@Component
class PublishedDates {

    private final JdbcTemplate jdbc;

    PublishedDates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code date} when the mart holds figures for it, else null. */
    LocalDate ifPublished(LocalDate date) {
        Integer rows = jdbc.queryForObject("select count(*) from customer_metrics where biz_date = ?",
                Integer.class, date);
        return rows != null && rows > 0 ? date : null;
    }

    /** The latest published date before {@code date}, null when none. */
    LocalDate lastBefore(LocalDate date) {
        return jdbc.queryForObject("select max(biz_date) from customer_metrics where biz_date < ?",
                LocalDate.class, date);
    }

    /** The latest published date in {@code from .. to}, null when none. */
    LocalDate lastIn(LocalDate from, LocalDate to) {
        return jdbc.queryForObject("select max(biz_date) from customer_metrics where biz_date between ? and ?",
                LocalDate.class, from, to);
    }

    int countIn(LocalDate from, LocalDate to) {
        Integer dates = jdbc.queryForObject("select count(distinct biz_date) from customer_metrics"
                + " where biz_date between ? and ?", Integer.class, from, to);
        return dates == null ? 0 : dates;
    }
}
