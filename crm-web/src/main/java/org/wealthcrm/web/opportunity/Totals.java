package org.wealthcrm.web.opportunity;

import java.math.BigDecimal;
import java.util.List;

/** Count, expected amount and probability-weighted amount of a set of opportunities. */
record Totals(long count, BigDecimal amount, BigDecimal weighted) {

    static Totals of(List<OpportunityRow> rows) {
        BigDecimal amount = rows.stream().map(OpportunityRow::expectedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weighted = rows.stream().map(OpportunityRow::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Totals(rows.size(), amount, weighted);
    }
}
