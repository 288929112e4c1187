package org.wealthcrm.web.scope;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Looks up where a user sits in the organisation. Its XML also holds the shared SQL fragment
 * {@code org.wealthcrm.web.scope.ScopeMapper.scopedCustIds} that other mappers include to restrict customers to a
 * {@link DataScope}.
 */
@Mapper
interface ScopeMapper {

    StaffPlacement findPlacement(@Param("username") String username);
}
