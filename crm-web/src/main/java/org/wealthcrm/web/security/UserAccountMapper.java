package org.wealthcrm.web.security;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UserAccountMapper {

    UserAccount findByUsername(@Param("username") String username);

    List<String> findRoles(@Param("username") String username);
}
