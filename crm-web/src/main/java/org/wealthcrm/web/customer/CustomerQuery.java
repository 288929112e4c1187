package org.wealthcrm.web.customer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * One page of the customer list: as-of date, search text, combined filters, sort and paging, checked and normalised.
 *
 * @param text      the search text, trimmed; null when there is none
 * @param textLike  the search text with LIKE wildcards escaped (escape character {@code \})
 * @param mobileSuffix whether the text may be the tail of a mobile number (4 or more digits)
 */
record CustomerQuery(LocalDate date, String text, String textLike, boolean mobileSuffix,
                     CustomerSort sort, boolean descending, int pageSize, int page, CustomerFilter filter) {

    static final Set<Integer> PAGE_SIZES = Set.of(10, 20, 50);
    static final int DEFAULT_PAGE_SIZE = 20;

    static CustomerQuery of(LocalDate date, String search, String sort, String direction, int size, int page) {
        return of(date, search, sort, direction, size, page, CustomerFilter.NONE);
    }

    static CustomerQuery of(LocalDate date, String search, String sort, String direction, int size, int page,
                            CustomerFilter filter) {
        String text = search == null || search.isBlank() ? null : search.strip();
        String like = text == null ? null : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        boolean suffix = text != null && text.matches("\\d{4,}");
        CustomerSort column = CustomerSort.fromParameter(sort);
        boolean descending = direction == null ? column == CustomerSort.AUM : !"asc".equalsIgnoreCase(direction);
        int pageSize = PAGE_SIZES.contains(size) ? size : DEFAULT_PAGE_SIZE;
        return new CustomerQuery(date, text, like, suffix, column, descending, pageSize, Math.max(page, 1), filter);
    }

    /** The same filters and sort, every row from the first: for the Excel export. */
    CustomerQuery allRows(int limit) {
        return new CustomerQuery(date, text, textLike, mobileSuffix, sort, descending, limit, 1, filter);
    }

    /** Start of the day from which a service record means the customer is not idle; null without that filter. */
    public LocalDateTime idleSince() {
        return filter.idleSince(date);
    }

    /** Rows to skip before this page. */
    long offset() {
        return (long) (page - 1) * pageSize;
    }
}
