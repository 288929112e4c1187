package org.wealthcrm.web.customer;

import java.time.LocalDate;
import java.util.Set;

/**
 * One page of the customer list: as-of date, search text, sort and paging, checked and normalised.
 *
 * @param text      the search text, trimmed; null when there is none
 * @param textLike  the search text with LIKE wildcards escaped (escape character {@code \})
 * @param mobileSuffix whether the text may be the tail of a mobile number (4 or more digits)
 */
record CustomerQuery(LocalDate date, String text, String textLike, boolean mobileSuffix,
                     CustomerSort sort, boolean descending, int pageSize, int page) {

    static final Set<Integer> PAGE_SIZES = Set.of(10, 20, 50);
    static final int DEFAULT_PAGE_SIZE = 20;

    static CustomerQuery of(LocalDate date, String search, String sort, String direction, int size, int page) {
        String text = search == null || search.isBlank() ? null : search.strip();
        String like = text == null ? null : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        boolean suffix = text != null && text.matches("\\d{4,}");
        CustomerSort column = CustomerSort.fromParameter(sort);
        boolean descending = direction == null ? column == CustomerSort.AUM : !"asc".equalsIgnoreCase(direction);
        int pageSize = PAGE_SIZES.contains(size) ? size : DEFAULT_PAGE_SIZE;
        return new CustomerQuery(date, text, like, suffix, column, descending, pageSize, Math.max(page, 1));
    }

    /** Rows to skip before this page. */
    long offset() {
        return (long) (page - 1) * pageSize;
    }
}
