package org.wealthcrm.web.useradmin;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UserAdminMapper {

    List<ManagedUser> findAll();

    ManagedUser find(@Param("username") String username);

    List<UserRole> findRoles();

    List<String> rolesOf(@Param("username") String username);

    int countStaff(@Param("staffId") String staffId);

    int countOrgUnits(@Param("orgCode") String orgCode);

    void insertUser(@Param("username") String username, @Param("hash") String hash, @Param("staffId") String staffId,
                    @Param("displayName") String displayName, @Param("orgCode") String orgCode,
                    @Param("mustChange") boolean mustChange);

    void updateEnabled(@Param("username") String username, @Param("enabled") boolean enabled);

    void updateOrgCode(@Param("username") String username, @Param("orgCode") String orgCode);

    void deleteRoles(@Param("username") String username);

    void insertRole(@Param("username") String username, @Param("role") String role);
}
