package org.wealthcrm.web.recyclebin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wealthcrm.web.scope.DataScope;

/** 回收站 /recycle-bin: restore, the administrator's purge, and the delete buttons of services and tasks. */
@Controller
class RecycleBinController {

    private final RecycleBin bin;

    RecycleBinController(RecycleBin bin) {
        this.bin = bin;
    }

    @GetMapping("/recycle-bin")
    String list(DataScope scope, HttpServletRequest request, Model model) {
        boolean admin = request.isUserInRole("ADMIN");
        model.addAttribute("entries", bin.entries(scope, admin));
        model.addAttribute("admin", admin);
        return "recyclebin/list";
    }

    @PostMapping("/recycle-bin/{binId}/restore")
    String restore(DataScope scope, RedirectAttributes flash, @PathVariable long binId) {
        try {
            BinEntry entry = bin.restore(scope, binId);
            flash.addFlashAttribute("notice", "已恢复：" + entry.summary());
        } catch (BinRefusedException refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/recycle-bin";
    }

    @PostMapping("/recycle-bin/purge")
    String purge(HttpServletRequest request, RedirectAttributes flash,
                 @RequestParam(required = false) List<Long> binIds) {
        int purged = bin.purge(request.isUserInRole("ADMIN"), binIds == null ? List.of() : binIds);
        flash.addFlashAttribute("notice", "已彻底删除 " + purged + " 条记录");
        return "redirect:/recycle-bin";
    }

    @PostMapping("/customers/{custId}/services/{recordId}/delete")
    String deleteService(DataScope scope, Authentication user, RedirectAttributes flash,
                         @PathVariable String custId, @PathVariable long recordId) {
        discard(scope, user, flash, BinKind.SERVICE_RECORD, recordId);
        return "redirect:/customers/{custId}#services";
    }

    @PostMapping("/tasks/{taskId}/delete")
    String deleteTask(DataScope scope, Authentication user, RedirectAttributes flash, @PathVariable long taskId) {
        discard(scope, user, flash, BinKind.TASK, taskId);
        return "redirect:/tasks";
    }

    private void discard(DataScope scope, Authentication user, RedirectAttributes flash, BinKind kind, long key) {
        try {
            long binId = bin.discard(scope, user.getName(), kind, key);
            flash.addFlashAttribute("notice", "已移入回收站（#" + binId + "）");
        } catch (BinRefusedException refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
        }
    }
}
