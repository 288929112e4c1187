package org.wealthcrm.batch.kpi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nightly manager KPIs ({@code kpi_day}, {@code kpi_month}) of a business date, computed in the database from
 * the published mart, the relationships, fund confirmations, wealth holdings and service records (see README.md
 * beside this class). The date's rows are replaced in one transaction, so a re-run or a restart after a kill
 * leaves exactly one set of rows.
 */
@Component
public class ManagerKpis {

    private static final String DAY_SQL = sql("kpi_day.sql");
    private static final String MONTH_SQL = sql("kpi_month.sql");

    private final NamedParameterJdbcTemplate jdbc;
    private final PublishedDates published;

    ManagerKpis(NamedParameterJdbcTemplate jdbc, PublishedDates published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    /** Computes the date's day rows and refreshes its month's rows; returns the number of day rows. */
    @Transactional
    public int compute(LocalDate businessDate) {
        if (published.ifPublished(businessDate) == null) {
            throw new IllegalStateException("no customer_metrics published for " + businessDate);
        }
        KpiDates dates = KpiDates.of(businessDate, published);
        jdbc.update("delete from kpi_day where biz_date = :d", dates.parameters());
        int rows = jdbc.update(DAY_SQL, dates.parameters());
        refreshMonth(dates.monthStart());
        return rows;
    }

    /** Rebuilds a month's rows from its latest computed date, so re-running an earlier date changes nothing here. */
    private void refreshMonth(LocalDate monthStart) {
        LocalDate monthEnd = monthStart.with(TemporalAdjusters.lastDayOfMonth());
        MapSqlParameterSource month = new MapSqlParameterSource()
                .addValue("monthStart", monthStart, Types.DATE)
                .addValue("monthEnd", monthEnd, Types.DATE);
        LocalDate asOf = jdbc.queryForObject("select max(biz_date) from kpi_day where biz_date between"
                + " :monthStart and :monthEnd", month, LocalDate.class);
        LocalDate prevMonthEnd = published.lastBefore(monthStart);
        LocalDate prevYearMonthEnd = published.lastIn(monthStart.minusYears(1), monthEnd.minusYears(1)
                .with(TemporalAdjusters.lastDayOfMonth()));
        jdbc.update("delete from kpi_month where month_start = :monthStart", month);
        jdbc.update(MONTH_SQL, month.addValue("asOf", asOf, Types.DATE)
                .addValue("prevMonthEnd", prevMonthEnd, Types.DATE)
                .addValue("prevYearMonthEnd", prevYearMonthEnd, Types.DATE)
                .addValue("hasMom", prevMonthEnd == null ? 0 : 1)
                .addValue("hasYoy", prevYearMonthEnd == null ? 0 : 1));
    }

    private static String sql(String name) {
        try {
            return new ClassPathResource("org/wealthcrm/batch/kpi/" + name)
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
