package org.wealthcrm.web.opportunity;

import java.util.List;

/** A page of opportunities with the totals of the page and of everything the query matches in scope. */
record OpportunityPage(List<OpportunityRow> rows, Totals pageTotals, Totals allTotals, OpportunityQuery query) {

    public int totalPages() {
        return (int) Math.max(1, (allTotals.count() + query.pageSize() - 1) / query.pageSize());
    }
}
