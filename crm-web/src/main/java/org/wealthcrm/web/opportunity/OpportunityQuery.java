package org.wealthcrm.web.opportunity;

import java.time.LocalDate;

/** One page of the opportunity list: optional stage filter, whitelisted sort, direction, page number. */
record OpportunityQuery(Stage stage, OpportunitySort sort, boolean desc, int page, LocalDate today) {

    static final int PAGE_SIZE = 20;

    OpportunityQuery {
        page = Math.max(1, page);
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    public int pageSize() {
        return PAGE_SIZE;
    }
}
