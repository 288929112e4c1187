package org.wealthcrm.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

@CrmWebTest
class LoginLogTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChainVerifier verifier;

    @Test
    void loginWhenWrongThenRightPasswordThenTwoChainedEntriesWithIpAndResult() throws Exception {
        long before = jdbc.queryForObject("select last_seq from audit_chain where chain_name = 'login_log'", Long.class);
        var mvc = TestFixture.mockMvc(context);
        mvc.perform(formLogin("/login").user("tl1").password("wrong"));
        mvc.perform(formLogin("/login").user("tl1").password("demo123"));
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select seq, username, ip, result from login_log where seq > ? order by seq", before);
        assertThat(rows).extracting(r -> r.get("username"), r -> r.get("ip"), r -> r.get("result"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tl1", "127.0.0.1", "BAD_CREDENTIALS"),
                        org.assertj.core.groups.Tuple.tuple("tl1", "127.0.0.1", "SUCCESS"));
        assertThat(verifier.verify("login_log").ok()).isTrue();
    }
}
