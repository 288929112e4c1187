package org.wealthcrm.web.search;

import java.util.List;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.scope.DataScope;

/**
 * 快速搜索: customers in the viewer's scope by name, pinyin initials, customer number, mobile (or its last four or
 * more digits) and ID number; several keywords separated by spaces must all match. Ranked by how well each keyword
 * matches (exact number 100, exact name 90, exact initials 80, name prefix 60, initials prefix 50, mobile tail 40,
 * name contains 30). Phones and ID numbers are masked for masked scopes and for pool customers.
 */
@Service
class QuickSearch {

    static final int LIMIT = 50;

    private final SearchMapper mapper;

    QuickSearch(SearchMapper mapper) {
        this.mapper = mapper;
    }

    List<SearchRows.Hit> search(DataScope scope, String query) {
        List<SearchTerm> terms = SearchTerm.parse(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        return mapper.search(scope, terms, LIMIT).stream()
                .map(hit -> scope.masked() || hit.pooled() ? hit.masked() : hit)
                .toList();
    }
}
