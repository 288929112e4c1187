package org.wealthcrm.batch.mart;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.wealthcrm.batch.progress.WorkProgress;
import org.wealthcrm.contract.metrics.MetricsColumns;

/**
 * Writes {@code customer_metrics_<YYYYMMDD>.csv} from the published mart exactly as METRICS.md specifies: UTF-8,
 * comma separated, a header line, LF, money with 2 decimals, churn score with 4 (empty without a model).
 * The file appears atomically under its final name.
 */
@Component
public class MetricsExport {

    static final String HEADER = MetricsColumns.header(MetricsColumns.EXPORT);
    private final JdbcTemplate jdbc;

    MetricsExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the date's export from the published mart, reporting rows written, rate and ETA to {@code sink}. */
    public Path export(LocalDate businessDate, Path exportDir, Consumer<String> sink) throws IOException {
        Long rows = jdbc.queryForObject("select count(*) from customer_metrics where biz_date = ?", Long.class,
                businessDate);
        WorkProgress progress = new WorkProgress("export_metrics", rows, sink);
        String day = businessDate.format(DateTimeFormatter.BASIC_ISO_DATE);
        Files.createDirectories(exportDir);
        Path target = exportDir.resolve("customer_metrics_" + day + ".csv");
        Path temp = exportDir.resolve(target.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            jdbc.query(con -> {
                var ps = con.prepareStatement("select cust_id, aum, aum_avg_30, tier, asset_interval, activity_level,"
                        + " coverage, categories, main_rm, churn_score from customer_metrics where biz_date = ?"
                        + " order by cust_id");
                ps.setObject(1, businessDate);
                ps.setFetchSize(5000);
                return ps;
            }, rs -> {
                try {
                    out.write(String.join(",", rs.getString(1), day, money(rs.getBigDecimal(2)),
                            money(rs.getBigDecimal(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                            Integer.toString(rs.getInt(7)), text(rs.getString(8)), text(rs.getString(9)),
                            score(rs.getBigDecimal(10))));
                    out.write('\n');
                    progress.add(1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        progress.finish();
        return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String score(BigDecimal score) {
        return score == null ? "" : score.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
