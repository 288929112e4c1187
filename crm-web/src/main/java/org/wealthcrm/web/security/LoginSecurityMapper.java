package org.wealthcrm.web.security;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LoginSecurityMapper {

    FailureCount find(@Param("kind") String kind, @Param("subject") String subject);

    int update(@Param("kind") String kind, @Param("subject") String subject, @Param("count") FailureCount count);

    void insert(@Param("kind") String kind, @Param("subject") String subject, @Param("count") FailureCount count);

    void delete(@Param("kind") String kind, @Param("subject") String subject);
}
