package org.wealthcrm.batch.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The benchmark's reference: AUM, AUM_AVG_30, tier and coverage of the last business date computed by DuckDB
 * straight from the delivered text files of the 30 dates. Used only to measure against; never in a night.
 */
final class DuckDbReference {

    record Result(double seconds, long customers, String aumTotal, String avgTotal, long vip, long coverageTotal) {
    }

    Result run(Path landing, LocalDate businessDate, int threads) throws SQLException {
        String d = businessDate.format(DateTimeFormatter.BASIC_ISO_DATE);
        String first = businessDate.minusDays(29).format(DateTimeFormatter.BASIC_ISO_DATE);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("set threads = " + threads);
            for (String view : DuckDbSql.views(landing.toAbsolutePath().toString())) {
                s.execute(view);
            }
            try (ResultSet rs = s.executeQuery(DuckDbSql.metrics(d, first))) {
                rs.next();
                return new Result((System.nanoTime() - start) / 1e9, rs.getLong(1), rs.getBigDecimal(2).toPlainString(),
                        rs.getBigDecimal(3).toPlainString(), rs.getLong(4), rs.getLong(5));
            }
        }
    }
}
