package org.wealthcrm.web.workbench;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

@Mapper
interface WorkbenchMapper {

    int count(@Param("scope") DataScope scope, @Param("kind") WorkItemKind kind, @Param("day") WorkbenchDay day);

    List<WorkItem> find(@Param("scope") DataScope scope, @Param("kind") WorkItemKind kind,
                        @Param("day") WorkbenchDay day, @Param("limit") int limit);
}
