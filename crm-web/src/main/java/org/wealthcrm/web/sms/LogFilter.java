package org.wealthcrm.web.sms;

import java.time.LocalDate;

/** The log's filters (blank means "any"); at most {@code limit} rows, newest first. */
record LogFilter(String sender, String branch, LocalDate from, LocalDate to, Long templateId, String status,
                 String words, int limit) {

    static LogFilter of(String sender, String branch, LocalDate from, LocalDate to, Long templateId, String status,
                        String words) {
        return new LogFilter(blank(sender), blank(branch), from, to, templateId, blank(status),
                blank(words), 500);
    }

    /** The words with LIKE wildcards escaped. */
    public String wordsLike() {
        return words == null ? null : words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public LocalDate toExclusive() {
        return to == null ? null : to.plusDays(1);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
