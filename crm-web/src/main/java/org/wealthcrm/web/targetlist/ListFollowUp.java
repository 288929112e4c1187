package org.wealthcrm.web.targetlist;

import java.util.List;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.scope.DataScope;

/** The follow-up figures a viewer sees on a list page: the managers in scope and their total. */
@Service
class ListFollowUp {

    private final ListResultMapper mapper;

    ListFollowUp(ListResultMapper mapper) {
        this.mapper = mapper;
    }

    Figures figures(DataScope scope, long listId) {
        List<ListResult> rows = mapper.findLatest(listId, scope);
        return new Figures(rows, rows.isEmpty() ? null : ListResult.total(rows.get(0).bizDate(), rows));
    }

    /** The managers' rows and their total (null when the list has not been measured in the viewer's scope). */
    record Figures(List<ListResult> managers, ListResult total) {
    }
}
