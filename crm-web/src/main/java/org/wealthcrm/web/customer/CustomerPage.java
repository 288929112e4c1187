package org.wealthcrm.web.customer;

import java.util.List;

/** A page of the customer list with the total number of matching customers. */
record CustomerPage(List<CustomerRow> rows, long total, CustomerQuery query) {

    public int totalPages() {
        return (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
    }

    public long firstRow() {
        return rows.isEmpty() ? 0 : query.offset() + 1;
    }

    public long lastRow() {
        return query.offset() + rows.size();
    }
}
