package org.wealthcrm.web.targetlist;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One manager's (or, summed, a viewer's) follow-up of a list on a measured date: members, contacted within the
 * window, converted after the contact, and the AUM the contacted members gained.
 */
record ListResult(LocalDate bizDate, String staffId, String staffName, int members, int contacted, int converted,
                  BigDecimal aumGained) {

    static ListResult total(LocalDate bizDate, Iterable<ListResult> rows) {
        int members = 0;
        int contacted = 0;
        int converted = 0;
        BigDecimal gained = BigDecimal.ZERO;
        for (ListResult row : rows) {
            members += row.members;
            contacted += row.contacted;
            converted += row.converted;
            gained = gained.add(row.aumGained);
        }
        return new ListResult(bizDate, null, "合计", members, contacted, converted, gained);
    }

    /** Contacted members as a percentage of members, one decimal; null without members. */
    public BigDecimal contactRate() {
        return percent(contacted, members);
    }

    /** Converted members as a percentage of contacted members, one decimal; null without contacts. */
    public BigDecimal conversionRate() {
        return percent(converted, contacted);
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
