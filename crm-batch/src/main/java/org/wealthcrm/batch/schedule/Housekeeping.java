package org.wealthcrm.batch.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges what the bank no longer needs, counted in business dates present in the data, newest first (never from
 * the wall clock, so a late or replayed night purges nothing it still needs): staged extract folders beyond the
 * newest {@code crm.housekeeping.keep-staged-days} dates, and balance/holding/share facts beyond the newest
 * {@code crm.housekeeping.keep-fact-days} balance dates.
 */
@Component
class Housekeeping {

    private static final List<String> FACT_DATE_COLUMNS = List.of(
            "account_balance.bal_date", "wm_holding.hold_date", "fund_share.share_date");
    private final Path stagedRoot;
    private final int keepStagedDays;
    private final int keepFactDays;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    Housekeeping(@Value("${crm.work-dir}") Path workDir,
                 @Value("${crm.housekeeping.keep-staged-days:7}") int keepStagedDays,
                 @Value("${crm.housekeeping.keep-fact-days:35}") int keepFactDays,
                 JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        if (keepStagedDays < 1 || keepFactDays < 1) {
            throw new IllegalArgumentException("crm.housekeeping.keep-*-days must be at least 1");
        }
        this.stagedRoot = workDir.resolve("staged");
        this.keepStagedDays = keepStagedDays;
        this.keepFactDays = keepFactDays;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Deletes the staged folders older than the newest keep-staged-days dates; says what it did. */
    String purgeStaged() throws IOException {
        List<LocalDate> dates = stagedDates();
        if (dates.size() <= keepStagedDays) {
            return "staged: " + dates.size() + " dates, nothing older than the newest " + keepStagedDays;
        }
        List<LocalDate> old = dates.subList(keepStagedDays, dates.size());
        for (LocalDate date : old) {
            deleteTree(stagedRoot.resolve(date.format(DateTimeFormatter.BASIC_ISO_DATE)));
        }
        return "staged: deleted " + old.size() + " dates " + old.get(old.size() - 1) + ".." + old.get(0)
                + ", kept " + dates.get(keepStagedDays - 1) + ".." + dates.get(0);
    }

    /** Deletes fact rows dated before the oldest of the newest keep-fact-days balance dates; says what it did. */
    String purgeFacts() {
        List<LocalDate> dates = jdbc.queryForList(
                "select distinct bal_date from account_balance order by bal_date desc", LocalDate.class);
        if (dates.size() <= keepFactDays) {
            return "facts: " + dates.size() + " balance dates, nothing older than the newest " + keepFactDays;
        }
        LocalDate oldestKept = dates.get(keepFactDays - 1);
        StringBuilder done = new StringBuilder("facts: kept " + oldestKept + ".." + dates.get(0) + ", deleted");
        transaction.executeWithoutResult(status -> FACT_DATE_COLUMNS.forEach(column -> {
            String[] tableAndDate = column.split("\\.");
            int rows = jdbc.update("delete from " + tableAndDate[0] + " where " + tableAndDate[1] + " < ?",
                    oldestKept);
            done.append(' ').append(tableAndDate[0]).append('=').append(rows);
        }));
        return done.toString();
    }

    /** Dates of the staged folders, newest first. */
    private List<LocalDate> stagedDates() throws IOException {
        if (!Files.isDirectory(stagedRoot)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(stagedRoot)) {
            return dirs.filter(Files::isDirectory).map(p -> date(p.getFileName().toString()))
                    .flatMap(Optional::stream).sorted(Comparator.reverseOrder()).toList();
        }
    }

    private static Optional<LocalDate> date(String name) {
        try {
            return name.matches("\\d{8}") ? Optional.of(LocalDate.parse(name, DateTimeFormatter.BASIC_ISO_DATE))
                    : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
