package org.wealthcrm.batch.mart;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes the analytics' propensity file ({@code cust_id,biz_date,propensity_<category>…}, one score column
 * per product category, empty without a model) into {@code customer_propensity}: the date's rows are replaced,
 * one row per customer and category with a score. Runs inside the mart's publish transaction.
 */
@Component
class PropensityPublisher {

    private static final String PREFIX = "propensity_";
    private static final String INSERT = "insert into customer_propensity (biz_date, cust_id, category, score)"
            + " values (?, ?, ?, ?)";
    private final JdbcTemplate jdbc;

    PropensityPublisher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return rows published; a missing file (analytics without propensity) publishes none */
    int publish(LocalDate businessDate, Path propensityCsv) throws IOException {
        jdbc.update("delete from customer_propensity where biz_date = ?", businessDate);
        if (!Files.isRegularFile(propensityCsv)) {
            return 0;
        }
        try (BufferedReader in = Files.newBufferedReader(propensityCsv, StandardCharsets.UTF_8)) {
            List<String> categories = categories(propensityCsv, in.readLine());
            List<Object[]> rows = new ArrayList<>();
            int published = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                for (int i = 0; i < categories.size(); i++) {
                    if (f.length > i + 2 && !f[i + 2].isEmpty()) {
                        rows.add(new Object[] {businessDate, f[0], categories.get(i), new BigDecimal(f[i + 2])});
                    }
                }
                if (rows.size() >= 5000) {
                    published += flush(rows);
                }
            }
            return published + flush(rows);
        }
    }

    /** WEALTH, FUND … from the header's {@code propensity_wealth, propensity_fund …} columns. */
    private static List<String> categories(Path file, String header) {
        String[] columns = header == null ? new String[0] : header.split(",");
        if (columns.length < 2 || !columns[0].equals("cust_id") || !columns[1].equals("biz_date")) {
            throw new IllegalStateException(file + ": unexpected header " + header);
        }
        List<String> categories = new ArrayList<>();
        for (int i = 2; i < columns.length; i++) {
            if (!columns[i].startsWith(PREFIX)) {
                throw new IllegalStateException(file + ": unexpected column " + columns[i]);
            }
            categories.add(columns[i].substring(PREFIX.length()).toUpperCase(Locale.ROOT));
        }
        return categories;
    }

    private int flush(List<Object[]> rows) {
        int size = rows.size();
        if (size > 0) {
            jdbc.batchUpdate(INSERT, rows);
            rows.clear();
        }
        return size;
    }
}
