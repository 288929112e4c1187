package org.wealthcrm.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

/**
 * The penetration tester's sweep: every route the application maps, tried by every role (1) with a state-changing
 * request that has no CSRF token, and (2) for every route keyed by a customer, read and write, with customers
 * outside the role's data scope. Every attempt must be refused, and no write may reach the database.
 */
@CrmWebTest
class AccessProbeTests {

    /** Each role with customers outside its scope (fixture.sql): other RMs', other branches', other regions'. */
    private static final Map<String, List<String>> OUT_OF_SCOPE = Map.of(
            "rm1", List.of("C003", "C004", "C006"),
            "tl1", List.of("C004", "C006"),
            "bm1", List.of("C005", "C006"),
            "rgm1", List.of("C006"));
    private static final List<String> ROLES = List.of("rm1", "tl1", "bm1", "rgm1", "hq1", "cmp1", "ops1", "admin");

    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    void stateChangingRequestWhenNoCsrfTokenThenRefusedForEveryRouteAndRole() throws Exception {
        List<String> routes = routes(Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE,
                RequestMethod.PATCH));
        int tried = 0;
        List<String> allowed = new ArrayList<>();
        for (String name : ROLES) {
            for (String route : routes) {
                String[] methodAndPath = route.split(" ", 2);
                MvcResult result = mvc.perform(request(methodAndPath[0], expand(methodAndPath[1], "C001"))
                        .with(user(users.loadUserByUsername(name)))).andReturn();
                tried++;
                if (result.getResponse().getStatus() != 403) {
                    allowed.add(name + " " + route + " " + result.getResponse().getStatus());
                }
            }
        }
        System.out.printf("AccessProbeTests CSRF: %d state-changing routes x %d roles = %d requests, %d refused%n",
                routes.size(), ROLES.size(), tried, tried - allowed.size());
        assertThat(routes).hasSizeGreaterThanOrEqualTo(50);
        assertThat(allowed).isEmpty();
    }

    @Test
    void customerRouteWhenCustomerOutsideScopeThenRefusedAndNothingWritten() throws Exception {
        List<String> routes = routes(Set.of(RequestMethod.GET, RequestMethod.POST)).stream()
                .filter(route -> route.contains("{custId}")).toList();
        String before = footprint();
        int tried = 0;
        List<String> allowed = new ArrayList<>();
        for (Map.Entry<String, List<String>> role : new TreeMap<>(OUT_OF_SCOPE).entrySet()) {
            for (String custId : role.getValue()) {
                for (String route : routes) {
                    String[] methodAndPath = route.split(" ", 2);
                    MockHttpServletRequestBuilder request = request(methodAndPath[0],
                            expand(methodAndPath[1], custId)).with(user(users.loadUserByUsername(role.getKey())));
                    MvcResult result = mvc.perform(withEveryFormField(request).with(csrf())).andReturn();
                    tried++;
                    if (!refused(result)) {
                        allowed.add(role.getKey() + " " + custId + " " + route + " "
                                + result.getResponse().getStatus());
                    }
                }
            }
        }
        System.out.printf("AccessProbeTests scope: %d customer routes, %d out-of-scope requests, %d refused%n",
                routes.size(), tried, tried - allowed.size());
        assertThat(routes).hasSizeGreaterThanOrEqualTo(10);
        assertThat(allowed).isEmpty();
        assertThat(footprint()).isEqualTo(before);
    }

    private List<String> routes(Set<RequestMethod> methods) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (methods.contains(method)) {
                    info.getPatternValues().forEach(pattern -> routes.add(method + " " + pattern));
                }
            }
        }
        return List.copyOf(routes);
    }

    private static String expand(String pattern, String custId) {
        return pattern.replace("{custId}", custId).replace("{username}", "rm2").replace("{list}", "today")
                .replaceAll("\\{[^}]+}", "1");
    }

    private static MockHttpServletRequestBuilder request(String method, String path) {
        return MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
    }

    /** Valid-looking values for every form field the customer routes take, so a refusal is not a missing field. */
    private static MockHttpServletRequestBuilder withEveryFormField(MockHttpServletRequestBuilder request) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contactType", "MOBILE");
        fields.put("contactValue", "13812345678");
        fields.put("relationType", "SPOUSE");
        fields.put("relatedName", "探测");
        fields.put("custName", "探测改名");
        fields.put("mobile", "13812345678");
        fields.put("mainStaff", "RM001");
        fields.put("mainShare", "100");
        fields.put("serviceType", "PHONE");
        fields.put("content", "越权探测");
        fields.put("outcome", "FOLLOW_UP");
        fields.put("reason", "越权探测");
        fields.forEach(request::param);
        return request;
    }

    /** 403/404 (or 400/405), or a redirect back that carries a refusal: never a success. */
    private static boolean refused(MvcResult result) {
        int status = result.getResponse().getStatus();
        if (status >= 400) {
            return true;
        }
        return status == 302 && result.getFlashMap().containsKey("refusal")
                && !result.getFlashMap().containsKey("notice");
    }

    /** What a write to the probed customers would change. */
    private String footprint() {
        return jdbc.queryForList("select 'log' k, count(*) n from data_change_log"
                + " union all select 'contact', count(*) from customer_contact"
                + " union all select 'relation', count(*) from customer_relation"
                + " union all select 'service', count(*) from service_record"
                + " union all select 'manager', count(*) from customer_manager"
                + " union all select 'names', count(*) from customer where cust_name like '探测%'"
                + " order by 1").toString();
    }
}
