package org.wealthcrm.web.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One keyword of a quick search, in the forms the SQL compares: as typed, upper case (ID numbers end in X), lower
 * case (initials), LIKE-escaped (escape character {@code \}), and whether it may be the tail of a mobile number.
 */
record SearchTerm(String text, String upper, String lower, String like, boolean initials, boolean mobileTail) {

    static final int MAX_TERMS = 5;
    static final int MAX_LENGTH = 32;

    static SearchTerm of(String word) {
        String text = word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word;
        String like = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return new SearchTerm(text, text.toUpperCase(Locale.ROOT), text.toLowerCase(Locale.ROOT),
                like, text.matches("[A-Za-z]+"),
                text.matches("\\d{4,}"));
    }

    /** The keywords of {@code query}, split on white space (also the ideographic space), at most five. */
    static List<SearchTerm> parse(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.strip().split("[\\s\\u3000]+")).limit(MAX_TERMS).map(SearchTerm::of).toList();
    }

    public String lowerLike() {
        return like.toLowerCase(Locale.ROOT);
    }
}
