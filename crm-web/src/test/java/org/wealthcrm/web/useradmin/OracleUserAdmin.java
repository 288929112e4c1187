package org.wealthcrm.web.useradmin;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.ibatis.session.SqlSession;

/** Runs the user administration statements for the Oracle-dialect test of the security package. */
public final class OracleUserAdmin {

    private OracleUserAdmin() {
    }

    /** Creates {@code username} on {@code staffId} (forced change), then disables it; checks the listing. */
    public static void insertAndDisable(SqlSession session, String username, String staffId) {
        UserAdminMapper mapper = session.getMapper(UserAdminMapper.class);
        mapper.insertUser(username, "h", staffId, "管理员", null, true);
        mapper.insertRole(username, "ADMIN");
        mapper.updateEnabled(username, false);
        assertThat(mapper.find(username))
                .isEqualTo(new ManagedUser(username, "管理员", staffId, "HO000", "总行", false, true));
        assertThat(mapper.rolesOf(username)).containsExactly("ADMIN");
    }
}
