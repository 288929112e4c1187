package org.wealthcrm.web.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;
import org.wealthcrm.web.scope.OutOfScopeException;

@CrmWebTest
@Transactional
class TasksTests {

    private static final LocalDateTime DUE = LocalDateTime.of(2026, 11, 25, 10, 0);

    @Autowired
    Tasks tasks;

    @Autowired
    DataScopes scopes;

    @Autowired
    JdbcTemplate jdbc;

    private DataScope scope(String username, String role) {
        return scopes.forUser(username, List.of("ROLE_" + role));
    }

    private long appointment(String creator, String creatorStaff, String assignee) {
        return tasks.create(scope(creator, "RM"), new Task(TaskKind.APPT, "C001", "季度资产检视", DUE,
                DUE.minusHours(2), creatorStaff, assignee));
    }

    @Test
    void handOverThenCompleteWhenCreatorConfirmsThenConfirmedAndOnlyCreatorMayConfirm() {
        long id = appointment("rm1", "RM001", "RM001");
        tasks.handOver(scope("rm1", "RM"), id, "RM002");
        assertThatThrownBy(() -> tasks.complete(scope("rm1", "RM"), id, "已完成"))
                .isInstanceOf(OutOfScopeException.class).hasMessage("只有执行人可以完成任务");

        tasks.complete(scope("rm2", "RM"), id, "已面谈");
        assertThatThrownBy(() -> tasks.confirm(scope("rm2", "RM"), id))
                .isInstanceOf(OutOfScopeException.class).hasMessage("只有创建人可以确认完成");
        assertThat(tasks.find(id).status()).isEqualTo("DONE");
        assertThat(tasks.mine(scope("rm1", "RM"))).extracting(TaskRow::taskId).contains(id);

        tasks.confirm(scope("rm1", "RM"), id);
        TaskRow done = tasks.find(id);
        assertThat(done.status()).isEqualTo("CONFIRMED");
        assertThat(done.assigneeName()).isEqualTo("李娜");
        assertThat(done.resultNote()).isEqualTo("已面谈");
        assertThat(jdbc.queryForList("select field_name || ':' || coalesce(old_value, '-') || '>' || new_value"
                        + " from data_change_log where table_name = 'crm_task' and record_key = ? order by seq",
                String.class, "" + id)).containsExactly("title:->季度资产检视", "assignee_id:->RM001",
                "due_at:->2026-11-25T10:00", "assignee_id:RM001>RM002", "status:OPEN>DONE", "status:DONE>CONFIRMED");
    }

    @Test
    void confirmWhenTaskNotDoneThenRefused() {
        long id = appointment("rm1", "RM001", "RM002");
        assertThatThrownBy(() -> tasks.confirm(scope("rm1", "RM"), id)).hasMessage("任务尚未完成，不能确认");
    }

    @Test
    void handOverWhenNeitherAssigneeNorCreatorThenRefused() {
        long id = appointment("rm1", "RM001", "RM001");
        assertThatThrownBy(() -> tasks.handOver(scope("rm2", "RM"), id, "RM002"))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void createWhenCustomerOfAnotherRmThenRefused() {
        assertThatThrownBy(() -> tasks.create(scope("rm1", "RM"),
                new Task(TaskKind.TASK, "C003", "回访", DUE, null, "RM001", "RM001")))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void newTaskWhenReminderAfterDueOrAppointmentWithoutCustomerThenRefused() {
        assertThatThrownBy(() -> new Task(TaskKind.TASK, null, "回访", DUE, DUE.plusMinutes(1), "RM001", "RM001"))
                .hasMessage("提醒时间不能晚于到期时间");
        assertThatThrownBy(() -> new Task(TaskKind.APPT, " ", "面谈", DUE, null, "RM001", "RM001"))
                .hasMessage("预约须关联客户");
    }
}
