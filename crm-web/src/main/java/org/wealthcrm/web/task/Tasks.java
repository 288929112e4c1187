package org.wealthcrm.web.task;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.pool.PublicPool;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * Tasks and appointments: the creator gives one to a colleague (or to himself), the assignee may hand it over, marks
 * it done, and only the creator confirms the completion. Every change goes to the data-change log.
 */
@Service
public class Tasks {

    private static final String TABLE = "crm_task";

    private final TaskMapper mapper;
    private final PublicPool pool;
    private final DataChangeLog changes;

    Tasks(TaskMapper mapper, PublicPool pool, DataChangeLog changes) {
        this.mapper = mapper;
        this.pool = pool;
        this.changes = changes;
    }

    @Transactional
    public long create(DataScope scope, Task task) {
        requireWriter(scope);
        if (!task.creatorId().equals(scope.staffId())) {
            throw new OutOfScopeException("只能以本人名义创建任务");
        }
        if (task.custId() != null) {
            if (!mapper.isInScope(scope, task.custId())) {
                throw new OutOfScopeException("无权访问该客户");
            }
            if (pool.isPooled(task.custId())) {
                throw new IllegalArgumentException("公海客户不可编辑，请先领取");
            }
        }
        requireColleague(task.assigneeId());
        TaskMapper.TaskKey key = new TaskMapper.TaskKey();
        mapper.insert(task, key);
        String id = String.valueOf(key.getTaskId());
        changes.record(TABLE, id, "title", null, task.title());
        changes.record(TABLE, id, "assignee_id", null, task.assigneeId());
        changes.record(TABLE, id, "due_at", null, task.dueAt().toString());
        return key.getTaskId();
    }

    /** The assignee or the creator gives an open task to a colleague. */
    @Transactional
    public void handOver(DataScope scope, long taskId, String toStaff) {
        TaskRow task = open(taskId);
        String me = scope.staffId();
        if (!me.equals(task.assigneeId()) && !me.equals(task.creatorId())) {
            throw new OutOfScopeException("只有执行人或创建人可以转交任务");
        }
        if (toStaff == null || toStaff.equals(task.assigneeId())) {
            throw new IllegalArgumentException("请选择另一位同事");
        }
        requireColleague(toStaff);
        if (mapper.updateAssignee(taskId, task.assigneeId(), toStaff) == 0) {
            throw new IllegalArgumentException("任务已变化，请刷新后重试");
        }
        changes.record(TABLE, String.valueOf(taskId), "assignee_id", task.assigneeId(), toStaff);
    }

    /** The assignee reports the task done; it waits for the creator's confirmation. */
    @Transactional
    public void complete(DataScope scope, long taskId, String note) {
        TaskRow task = open(taskId);
        if (!scope.staffId().equals(task.assigneeId()) || mapper.markDone(taskId, scope.staffId(), note) == 0) {
            throw new OutOfScopeException("只有执行人可以完成任务");
        }
        changes.record(TABLE, String.valueOf(taskId), "status", "OPEN", "DONE");
    }

    /** The creator confirms a completed task. */
    @Transactional
    public void confirm(DataScope scope, long taskId) {
        TaskRow task = find(taskId);
        if (!scope.staffId().equals(task.creatorId())) {
            throw new OutOfScopeException("只有创建人可以确认完成");
        }
        if (!"DONE".equals(task.status()) || mapper.markConfirmed(taskId, scope.staffId()) == 0) {
            throw new IllegalArgumentException("任务尚未完成，不能确认");
        }
        changes.record(TABLE, String.valueOf(taskId), "status", "DONE", "CONFIRMED");
    }

    public List<TaskRow> mine(DataScope scope) {
        return scope.staffId() == null ? List.of() : mapper.findMine(scope.staffId());
    }

    public List<TaskRow> forCustomer(DataScope scope, String custId) {
        return mapper.findByCustomer(scope, custId);
    }

    List<Colleague> colleagues(DataScope scope) {
        return scope.staffId() == null ? List.of() : mapper.findColleagues(scope.staffId());
    }

    TaskRow find(long taskId) {
        TaskRow task = mapper.find(taskId);
        if (task == null) {
            throw new OutOfScopeException("任务不存在");
        }
        return task;
    }

    private TaskRow open(long taskId) {
        TaskRow task = find(taskId);
        if (!"OPEN".equals(task.status())) {
            throw new IllegalArgumentException("任务已完成，不能再修改");
        }
        return task;
    }

    private void requireColleague(String staffId) {
        if (!mapper.isActiveStaff(staffId)) {
            throw new IllegalArgumentException("执行人不存在或已离职");
        }
    }

    private static void requireWriter(DataScope scope) {
        if (scope.masked() || scope.kind() == ScopeKind.NONE || scope.staffId() == null) {
            throw new OutOfScopeException("只读用户不能创建任务");
        }
    }
}
