package org.wealthcrm.web.task;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wealthcrm.web.scope.DataScope;

/** 任务与预约 /tasks: my open tasks, those awaiting my confirmation, and the actions on them. */
@Controller
class TaskController {

    private final Tasks tasks;

    TaskController(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/tasks")
    String list(DataScope scope, Model model) {
        model.addAttribute("tasks", tasks.mine(scope));
        model.addAttribute("colleagues", tasks.colleagues(scope));
        model.addAttribute("me", scope.staffId());
        model.addAttribute("kinds", TaskKind.values());
        return "task/list";
    }

    @PostMapping("/tasks")
    String create(DataScope scope, RedirectAttributes flash, @RequestParam TaskKind kind,
                  @RequestParam(required = false) String custId, @RequestParam String title,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                  LocalDateTime dueAt,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                  LocalDateTime remindAt,
                  @RequestParam(required = false) String assigneeId) {
        String assignee = assigneeId == null || assigneeId.isBlank() ? scope.staffId() : assigneeId;
        tasks.create(scope, new Task(kind, custId, title, dueAt, remindAt, scope.staffId(), assignee));
        flash.addFlashAttribute("notice", "已创建：" + title.strip());
        return "redirect:/tasks";
    }

    @PostMapping("/tasks/{taskId}/hand-over")
    String handOver(DataScope scope, RedirectAttributes flash, @PathVariable long taskId,
                    @RequestParam String toStaff) {
        tasks.handOver(scope, taskId, toStaff);
        flash.addFlashAttribute("notice", "任务已转交");
        return "redirect:/tasks";
    }

    @PostMapping("/tasks/{taskId}/complete")
    String complete(DataScope scope, RedirectAttributes flash, @PathVariable long taskId,
                    @RequestParam(required = false) String note) {
        tasks.complete(scope, taskId, note);
        flash.addFlashAttribute("notice", "已提交完成，待创建人确认");
        return "redirect:/tasks";
    }

    @PostMapping("/tasks/{taskId}/confirm")
    String confirm(DataScope scope, RedirectAttributes flash, @PathVariable long taskId) {
        tasks.confirm(scope, taskId);
        flash.addFlashAttribute("notice", "已确认完成");
        return "redirect:/tasks";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String refused(IllegalArgumentException refused, RedirectAttributes flash) {
        flash.addFlashAttribute("refusal", refused.getMessage());
        return "redirect:/tasks";
    }
}
