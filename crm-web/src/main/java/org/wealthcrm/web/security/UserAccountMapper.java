package org.wealthcrm.web.security;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UserAccountMapper {

    UserAccount findByUsername(@Param("username") String username);

    List<String> findRoles(@Param("username") String username);

    String findPasswordHash(@Param("username") String username);

    List<String> findRecentPasswords(@Param("username") String username, @Param("count") int count);

    int updatePassword(@Param("username") String username, @Param("hash") String hash,
                       @Param("mustChange") boolean mustChange, @Param("at") LocalDateTime at);

    void insertHistory(@Param("username") String username, @Param("hash") String hash,
                       @Param("at") LocalDateTime at);
}
