package org.wealthcrm.batch.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Clears what an earlier run of the same business date left, so a re-run replaces the date exactly: the date's
 * facts, its rejects and its staged files. (The published mart is replaced only when the new figures are ready.)
 */
@Component
public class NightPreparation {

    private static final Map<String, String> FACT_DATE_COLUMNS = Map.of(
            "account_balance", "bal_date", "wm_holding", "hold_date", "fund_nav", "nav_date",
            "fund_share", "share_date", "fund_confirm", "confirm_date", "load_reject", "biz_date");
    private final JdbcTemplate jdbc;
    private final StagedFiles staged;

    NightPreparation(JdbcTemplate jdbc, StagedFiles staged) {
        this.jdbc = jdbc;
        this.staged = staged;
    }

    public void clear(LocalDate businessDate) throws IOException {
        FACT_DATE_COLUMNS.forEach((table, column) ->
                jdbc.update("delete from " + table + " where " + column + " = ?", businessDate));
        Path dir = staged.dateDir(businessDate);
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        staged.forget();
    }
}
