package org.wealthcrm.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

/** Error pages tell the user something went wrong, never how: no SQL, no exception, no stack trace. */
@CrmWebTest
class ErrorPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Environment environment;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    @WithUserDetails("rm1")
    void pageWhenDatabaseCallFailsThenGenericChinesePageWithoutSqlOrExceptionNames() throws Exception {
        String html = mvc.perform(get("/test/failing-query"))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("系统繁忙", "系统处理出错，请稍后再试或联系运维人员");
        assertThat(html).doesNotContain("SELECT", "customer_secret", "42P01", "BadSqlGrammarException",
                "SQLException", "DataAccessException", "org.springframework", "java.", "at org.");
    }

    @Test
    void errorSettingsWhenLoadedThenNoStacktraceAndNoMessage() {
        assertThat(environment.getProperty("server.error.include-stacktrace")).isEqualTo("never");
        assertThat(environment.getProperty("server.error.include-message")).isEqualTo("never");
        assertThat(environment.getProperty("server.error.include-exception")).isNotEqualTo("true");
        assertThat(environment.getProperty("server.error.whitelabel.enabled")).isEqualTo("false");
    }
}
