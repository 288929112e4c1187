package org.wealthcrm.web.search;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

@Mapper
interface SearchMapper {

    List<SearchRows.Named> findWithoutInitials(@Param("limit") int limit);

    int updateInitials(@Param("custId") String custId, @Param("initials") String initials);

    /** Customers in scope that match every term, best score first. */
    List<SearchRows.Hit> search(@Param("scope") DataScope scope, @Param("terms") List<SearchTerm> terms,
                                @Param("limit") int limit);
}
