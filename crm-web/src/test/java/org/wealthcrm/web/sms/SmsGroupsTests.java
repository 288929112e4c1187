package org.wealthcrm.web.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.TestFixture;

/** Saved groups and the recipient picker: selection, target list, group, scope, and the channel choice. */
@CrmWebTest
@Transactional
class SmsGroupsTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    private long publishedListOf(String... custIds) {
        jdbc.update("insert into target_list (list_name, owner_org, owner_path, created_by, criteria, start_date,"
                + " end_date, status, created_at) values ('到期客户', 'B0101', '/HO000/R01/B0101/', 'bm1', '{}', ?, ?,"
                + " 'PUBLISHED', current_timestamp)", Fixture.LATEST, Fixture.LATEST.plusDays(30));
        long listId = jdbc.queryForObject("select max(list_id) from target_list", Long.class);
        for (String custId : custIds) {
            jdbc.update("insert into target_list_member (list_id, cust_id, reason, first_added_biz_date,"
                    + " last_seen_biz_date) values (?, ?, '到期', ?, ?)", listId, custId, Fixture.LATEST, Fixture.LATEST);
        }
        return listId;
    }

    private List<String> membersOfLastGroup() {
        return jdbc.queryForList("select cust_id from sms_group_member where group_id = (select max(group_id)"
                + " from sms_group) order by cust_id", String.class);
    }

    @Test
    @WithUserDetails("rm1")
    void createWhenSelectionHasCustomersOutsideScopeThenOnlyInScopeOnesBecomeMembers() throws Exception {
        // rm1 manages C001, C002 (main) and C005 (assisting); C003 and C004 belong to others
        mvc.perform(post("/sms/groups").with(csrf()).param("name", "年末回访").param("custIds", "C001, C003，C005 C004"))
                .andExpect(flash().attribute("notice", "分组 " + jdbc.queryForObject("select max(group_id) from sms_group",
                        Long.class) + " 已建立，2 位客户"));

        assertThat(membersOfLastGroup()).containsExactly("C001", "C005");
        mvc.perform(get("/sms/groups")).andExpect(content().string(containsString("年末回访")));
    }

    @Test
    @WithUserDetails("rm1")
    void createWhenFromTargetListThenListMembersInScopeJoin() throws Exception {
        long listId = publishedListOf("C001", "C002", "C004");

        mvc.perform(post("/sms/groups").with(csrf()).param("name", "名单分组").param("listId", String.valueOf(listId)));

        assertThat(membersOfLastGroup()).containsExactly("C001", "C002");
    }

    @Test
    @WithUserDetails("rm1")
    void createWhenNothingInScopeThenRefused() throws Exception {
        mvc.perform(post("/sms/groups").with(csrf()).param("name", "空").param("custIds", "C004"))
                .andExpect(flash().attribute("refusal", "没有权限范围内的客户可加入分组"));
    }

    @Test
    @WithUserDetails("rm1")
    void sendWhenTargetListPickedThenOneMessagePerMemberInScope() throws Exception {
        long listId = publishedListOf("C001", "C002", "C006");

        mvc.perform(post("/sms/send").with(csrf()).param("kind", "SERVICE").param("body", "名单通知{客户姓名}")
                .param("listId", String.valueOf(listId)));

        // C006 belongs to RM004: skipped
        assertThat(jdbc.queryForList("select content from sms_message where content like '【财富银行】名单通知%'"
                + " order by cust_id", String.class)).containsExactly("【财富银行】名单通知张三", "【财富银行】名单通知李四");
    }

    @Test
    @WithUserDetails("rm1")
    void sendWhenSavedGroupPickedThenItsMembersReceive() throws Exception {
        mvc.perform(post("/sms/groups").with(csrf()).param("name", "g").param("custIds", "C002"));
        long groupId = jdbc.queryForObject("select max(group_id) from sms_group", Long.class);

        mvc.perform(post("/sms/send").with(csrf()).param("kind", "SERVICE").param("body", "分组通知{客户姓名}")
                .param("groupId", String.valueOf(groupId)));

        assertThat(jdbc.queryForList("select cust_id from sms_message where content = '【财富银行】分组通知李四'",
                String.class)).containsExactly("C002");
    }

    @Test
    @WithUserDetails("rm1")
    void sendWhenChannelNotConnectedThenRefusedAndNothingLogged() throws Exception {
        long before = jdbc.queryForObject("select count(*) from sms_message", Long.class);

        mvc.perform(post("/sms/send").with(csrf()).param("kind", "SERVICE").param("body", "推送")
                        .param("custIds", "C001").param("channel", "APP_PUSH"))
                .andExpect(flash().attribute("refusal", "发送通道不可用：APP_PUSH"));

        assertThat(jdbc.queryForObject("select count(*) from sms_message", Long.class)).isEqualTo(before);
        mvc.perform(get("/sms/compose"))
                .andExpect(content().string(containsString("<option value=\"APP_PUSH\" disabled=\"disabled\">")));
    }

    @Test
    @WithUserDetails("rm2")
    void viewWhenAnotherUsersGroupThenForbidden() throws Exception {
        jdbc.update("insert into sms_group (name, owner) values ('rm1的分组', 'rm1')");
        long groupId = jdbc.queryForObject("select max(group_id) from sms_group", Long.class);

        mvc.perform(get("/sms/groups/" + groupId)).andExpect(status().isForbidden());
    }
}
