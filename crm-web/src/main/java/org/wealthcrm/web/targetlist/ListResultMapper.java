package org.wealthcrm.web.targetlist;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

/** The nightly follow-up results of a list (crm-batch listresult), per relationship manager. */
@Mapper
interface ListResultMapper {

    /** The rows of the list's latest measured date for the managers the viewer's scope covers. */
    List<ListResult> findLatest(@Param("listId") long listId, @Param("scope") DataScope scope);
}
