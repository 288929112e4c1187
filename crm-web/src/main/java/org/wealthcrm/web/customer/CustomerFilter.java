package org.wealthcrm.web.customer;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The combined filters of the customer list; a null field does not filter. Codes are checked against the known
 * values, so only #{} bindings of known codes reach the SQL.
 *
 * @param tier        tier code (VIP1 … MASS)
 * @param interval    asset interval code (A01 … A11)
 * @param activity    activity level code (L1 … L5)
 * @param minCoverage at least this many product categories
 * @param tag         a tag code (dictionary TAG) the customer carries
 * @param owner       the main manager's staff id
 * @param idleDays    at least this many days since the last service record (or none at all)
 */
record CustomerFilter(String tier, String interval, String activity, Integer minCoverage, String tag, String owner,
                      Integer idleDays) {

    static final CustomerFilter NONE = new CustomerFilter(null, null, null, null, null, null, null);

    CustomerFilter {
        tier = blankToNull(tier);
        interval = blankToNull(interval);
        activity = blankToNull(activity);
        tag = blankToNull(tag);
        owner = blankToNull(owner);
        if (tier != null && !MetricLabels.TIERS.contains(tier)
                || interval != null && !interval.matches("A(0[1-9]|1[01])")
                || activity != null && !activity.matches("L[1-5]")
                || tag != null && !tag.matches("[A-Z0-9_]{1,20}")) {
            throw new IllegalArgumentException("筛选条件无效");
        }
        minCoverage = minCoverage == null || minCoverage <= 0 ? null : minCoverage;
        idleDays = idleDays == null || idleDays <= 0 ? null : idleDays;
    }

    /** Customers served at or after this moment are not idle for {@code idleDays} as of {@code date}. */
    LocalDateTime idleSince(LocalDate date) {
        return idleDays == null ? null : date.minusDays(idleDays - 1L).atStartOfDay();
    }

    boolean isEmpty() {
        return equals(NONE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
