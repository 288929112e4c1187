package org.wealthcrm.web.task;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

@Mapper
interface TaskMapper {

    boolean isInScope(@Param("scope") DataScope scope, @Param("custId") String custId);

    boolean isActiveStaff(@Param("staffId") String staffId);

    void insert(@Param("task") Task task, @Param("key") TaskKey key);

    TaskRow find(@Param("taskId") long taskId);

    int updateAssignee(@Param("taskId") long taskId, @Param("from") String from, @Param("to") String to);

    int markDone(@Param("taskId") long taskId, @Param("assigneeId") String assigneeId, @Param("note") String note);

    int markConfirmed(@Param("taskId") long taskId, @Param("creatorId") String creatorId);

    /** Open tasks assigned to the staff member and done tasks awaiting the staff member's confirmation. */
    List<TaskRow> findMine(@Param("staffId") String staffId);

    List<TaskRow> findByCustomer(@Param("scope") DataScope scope, @Param("custId") String custId);

    /** Active staff of the same branch as {@code staffId}, for hand-over and assignment. */
    List<Colleague> findColleagues(@Param("staffId") String staffId);

    /** Carries the generated task_id back from the insert. */
    final class TaskKey {
        private Long taskId;

        public Long getTaskId() {
            return taskId;
        }

        public void setTaskId(Long taskId) {
            this.taskId = taskId;
        }
    }
}
