package org.wealthcrm.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

/** Actuator and OpenAPI as operations and a load balancer use them, behind the same login and roles as the pages. */
@CrmWebTest
class OperationsEndpointsTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OperationsMetrics metrics;
    @LocalServerPort
    int port;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @AfterEach
    void removeNight() {
        jdbc.update("delete from batch_step_execution where job_execution_id = 990001");
        jdbc.update("delete from batch_job_execution where job_execution_id = 990001");
        jdbc.update("delete from batch_job_instance where job_instance_id = 990001");
    }

    @Test
    void probesWhenNotSignedInThenUpForTheLoadBalancer() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void healthWhenOperationsThenDatabaseAndDiskDetailsAndWhenRmThenRefused() throws Exception {
        mvc.perform(get("/actuator/health").with(user("ops1").roles("OPERATIONS"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.diskSpace.status").value("UP"));
        mvc.perform(get("/actuator/health").with(user("rm1").roles("RM"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
    }

    @Test
    void infoWhenOperationsThenBuildVersion() throws Exception {
        mvc.perform(get("/actuator/info").with(user("ops1").roles("OPERATIONS"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.build.artifact").value("crm-web"))
                .andExpect(jsonPath("$.build.version").value("0.1.0-SNAPSHOT"));
    }

    @Test
    void prometheusWhenALatestNightIsRecordedThenItsStepTimesAndPageTimings() throws Exception {
        jdbc.update("insert into batch_job_instance (job_instance_id, version, job_name, job_key)"
                + " values (990001, 0, 'nightly', 'probe')");
        jdbc.update("insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time,"
                + " start_time, end_time, status) values (990001, 0, 990001, timestamp '2026-11-21 01:00:00',"
                + " timestamp '2026-11-21 01:00:00', timestamp '2026-11-21 01:02:00', 'COMPLETED')");
        step(990001, "load_cbs_customer", "01:00:00", "01:00:12.5");
        step(990002, "publish_mart", "01:00:12.5", "01:00:15.75");
        metrics.refresh();
        // through the real server (MockMvc skips the servlet filter that times requests)
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);

        mvc.perform(get("/actuator/prometheus").with(user("ops1").roles("OPERATIONS"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("crm_night_step_seconds{step=\"load_cbs_customer\"} 12.5")))
                .andExpect(content().string(containsString("crm_night_step_seconds{step=\"publish_mart\"} 3.25")))
                .andExpect(content().string(containsString("http_server_requests_seconds_count{")))
                .andExpect(content().string(containsString("uri=\"/login\"")));
    }

    @Test
    void openApiWhenSignedInThenJsonApiOnlyAndWhenNotThenLogin() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/v3/api-docs").with(user("rm1").roles("RM"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/cockpit/breakdown']").exists())
                .andExpect(content().string(not(containsString("\"/customers/{custId}/edit\""))));
    }

    private void step(long id, String name, String from, String to) {
        jdbc.update("insert into batch_step_execution (step_execution_id, version, step_name, job_execution_id,"
                + " create_time, start_time, end_time, status) values (?, 0, ?, 990001, timestamp '2026-11-21 "
                + from + "', timestamp '2026-11-21 " + from + "', timestamp '2026-11-21 " + to + "', 'COMPLETED')",
                id, name);
    }
}
