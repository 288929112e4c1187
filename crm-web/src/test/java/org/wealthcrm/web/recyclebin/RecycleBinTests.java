package org.wealthcrm.web.recyclebin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

/** Deleting to the recycle bin, restoring by owner or leader only, and the administrator's purge. */
@CrmWebTest
@Transactional
class RecycleBinTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    MockMvc mvc;
    long recordId;

    @BeforeEach
    void serviceRecordOfRm1() throws Exception {
        mvc = TestFixture.mockMvc(context);
        mvc.perform(post("/customers/C001/services").with(as("rm1")).with(csrf()).param("serviceType", "CALL")
                .param("servedAt", "2026-11-20T10:00").param("content", "电话回访").param("outcome", "FOLLOW"));
        recordId = jdbc.queryForObject("select max(record_id) from service_record where cust_id = 'C001'", Long.class);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long binIdOf(long key) {
        return jdbc.queryForObject("select bin_id from recycle_bin where item_type = 'SERVICE_RECORD' and item_key = ?",
                Long.class, String.valueOf(key));
    }

    @Test
    void deleteWhenRecorderThenRowMovesToBinWithSummaryAndIsLogged() throws Exception {
        mvc.perform(post("/customers/C001/services/" + recordId + "/delete").with(as("rm1")).with(csrf()))
                .andExpect(redirectedUrl("/customers/C001#services"));

        assertThat(jdbc.queryForObject("select count(*) from service_record where record_id = ?", Integer.class,
                recordId)).isZero();
        Map<String, Object> entry = jdbc.queryForMap("select * from recycle_bin where item_key = ?",
                String.valueOf(recordId));
        assertThat(entry).containsEntry("cust_id", "C001").containsEntry("owner_staff", "RM001")
                .containsEntry("deleted_by", "rm1").containsEntry("summary", "服务记录：2026-11-20 10:00:00 电话回访");
        assertThat(jdbc.queryForObject("select old_value || ' -> ' || new_value from data_change_log"
                + " where table_name = 'service_record' and record_key = ? and field_name = 'deleted'", String.class,
                String.valueOf(recordId))).isEqualTo("服务记录：2026-11-20 10:00:00 电话回访 -> 回收站 #"
                + entry.get("bin_id"));
        mvc.perform(get("/recycle-bin").with(as("rm1")))
                .andExpect(content().string(containsString("服务记录：2026-11-20 10:00:00 电话回访")));
    }

    @Test
    void deleteWhenAnotherRelationshipManagerThenRefusedAndRowStays() throws Exception {
        // rm2 assists on C002 only; C001 is rm1's alone
        mvc.perform(post("/customers/C001/services/" + recordId + "/delete").with(as("rm2")).with(csrf()))
                .andExpect(flash().attribute("refusal", "只有记录的登记人或其上级管理人员可以删除或恢复"));
        assertThat(jdbc.queryForObject("select count(*) from service_record where record_id = ?", Integer.class,
                recordId)).isOne();
    }

    @Test
    void restoreWhenLeaderOfTheCustomerThenSameRowBackAndBinEntryGone() throws Exception {
        Map<String, Object> original = jdbc.queryForMap("select * from service_record where record_id = ?", recordId);
        mvc.perform(post("/customers/C001/services/" + recordId + "/delete").with(as("rm1")).with(csrf()));
        long binId = binIdOf(recordId);

        mvc.perform(get("/recycle-bin").with(as("rm2")))
                .andExpect(content().string(not(containsString("电话回访"))));
        mvc.perform(post("/recycle-bin/" + binId + "/restore").with(as("rm2")).with(csrf()))
                .andExpect(flash().attribute("refusal", "只有记录的登记人或其上级管理人员可以删除或恢复"));
        mvc.perform(post("/recycle-bin/" + binId + "/restore").with(as("tl1")).with(csrf()))
                .andExpect(flash().attribute("notice", "已恢复：服务记录：2026-11-20 10:00:00 电话回访"));

        assertThat(jdbc.queryForMap("select * from service_record where record_id = ?", recordId))
                .isEqualTo(original);
        assertThat(jdbc.queryForObject("select count(*) from recycle_bin where bin_id = ?", Integer.class, binId))
                .isZero();
        assertThat(jdbc.queryForObject("select new_value from data_change_log where table_name = 'service_record'"
                + " and record_key = ? and field_name = 'restored'", String.class, String.valueOf(recordId)))
                .isEqualTo("服务记录：2026-11-20 10:00:00 电话回访");
    }

    @Test
    void purgeWhenNotAdministratorThenForbiddenAndWhenAdministratorThenEntryGoneForGood() throws Exception {
        mvc.perform(post("/customers/C001/services/" + recordId + "/delete").with(as("rm1")).with(csrf()));
        long binId = binIdOf(recordId);

        mvc.perform(post("/recycle-bin/purge").with(as("hq1")).with(csrf()).param("binIds", String.valueOf(binId)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/recycle-bin").with(as("admin")))
                .andExpect(content().string(containsString("清空回收站")))
                .andExpect(content().string(containsString("服务记录：2026-11-20 10:00:00 电话回访")));
        mvc.perform(post("/recycle-bin/purge").with(as("admin")).with(csrf()).param("binIds", String.valueOf(binId)))
                .andExpect(flash().attribute("notice", "已彻底删除 1 条记录"));

        assertThat(jdbc.queryForObject("select count(*) from recycle_bin where bin_id = ?", Integer.class, binId))
                .isZero();
        assertThat(jdbc.queryForObject("select username || ' ' || old_value from data_change_log"
                + " where table_name = 'recycle_bin' and record_key = ? and field_name = 'purged'", String.class,
                String.valueOf(binId))).isEqualTo("admin 服务记录：2026-11-20 10:00:00 电话回访");
    }

    @Test
    void deleteTaskWhenCreatorThenBinnedAndWhenAssigneeOnlyThenRefused() throws Exception {
        jdbc.update("insert into crm_task (kind, cust_id, title, due_at, creator_id, assignee_id, status, created_at)"
                + " values ('TASK', 'C001', '年末回访', timestamp '2026-11-25 10:00:00', 'RM001', 'RM002', 'OPEN',"
                + " current_timestamp)");
        long taskId = jdbc.queryForObject("select max(task_id) from crm_task", Long.class);

        mvc.perform(post("/tasks/" + taskId + "/delete").with(as("rm2")).with(csrf()))
                .andExpect(flash().attribute("refusal", "只有记录的登记人或其上级管理人员可以删除或恢复"));
        mvc.perform(post("/tasks/" + taskId + "/delete").with(as("rm1")).with(csrf()))
                .andExpect(redirectedUrl("/tasks"));

        assertThat(jdbc.queryForObject("select summary from recycle_bin where item_type = 'TASK' and item_key = ?",
                String.class, String.valueOf(taskId))).isEqualTo("任务/预约：年末回访 2026-11-25 10:00:00");
    }

    @Test
    void deleteContactWhenOwnerThenBinnedAndRestoredWithItsKey() throws Exception {
        mvc.perform(post("/customers/C001/contacts").with(as("rm1")).with(csrf()).param("contactType", "EMAIL")
                .param("contactValue", "zhangsan@example.cn"));
        long contactId = jdbc.queryForObject("select contact_id from customer_contact where cust_id = 'C001'",
                Long.class);

        mvc.perform(post("/customers/C002/contacts/" + contactId + "/delete").with(as("rm1")).with(csrf()))
                .andExpect(flash().attribute("refusal", "联系方式 " + contactId + " 不属于该客户"));
        mvc.perform(post("/customers/C001/contacts/" + contactId + "/delete").with(as("rm1")).with(csrf()))
                .andExpect(redirectedUrl("/customers/C001#contacts"));
        long binId = jdbc.queryForObject("select bin_id from recycle_bin where item_type = 'CONTACT'", Long.class);
        mvc.perform(post("/recycle-bin/" + binId + "/restore").with(as("rm1")).with(csrf()));

        assertThat(jdbc.queryForObject("select contact_value from customer_contact where contact_id = ?",
                String.class, contactId)).isEqualTo("zhangsan@example.cn");
    }
}
