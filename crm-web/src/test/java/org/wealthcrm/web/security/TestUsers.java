package org.wealthcrm.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Users of one test each (the context and its database are shared), and sign-ins from a given address. */
public final class TestUsers {

    /** bcrypt of {@code demo123}, as in fixture.sql. */
    public static final String DEMO_HASH = "{bcrypt}$2a$10$J3S9.J7Q8XJe6oJjDJXW2eUofMOuaEUuqMIf7KNYZMrrdWE20gCYy";

    private TestUsers() {
    }

    /** An RM user on staff RM003 (徐汇支行 S010102) with password demo123. */
    public static void insert(JdbcTemplate jdbc, String username, boolean mustChangePassword) {
        jdbc.update("insert into app_user (username, password_hash, staff_id, display_name, enabled,"
                + " must_change_password) values (?, ?, 'RM003', '王芳', true, ?)", username, DEMO_HASH,
                mustChangePassword);
        jdbc.update("insert into app_user_role (username, role) values (?, 'RM')", username);
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The sign-in form posted from {@code address}. */
    public static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
    }
}
