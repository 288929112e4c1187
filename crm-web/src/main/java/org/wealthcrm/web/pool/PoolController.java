package org.wealthcrm.web.pool;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wealthcrm.web.bizdate.AsOf;
import org.wealthcrm.web.scope.DataScope;

/** 公海 /pool and 回收站 /pool?bin=true, with claim, assign, discard, restore and the admin's return run. */
@Controller
class PoolController {

    private final PublicPool pool;

    PoolController(PublicPool pool) {
        this.pool = pool;
    }

    @GetMapping("/pool")
    String list(DataScope scope, Model model, @RequestParam(defaultValue = "false") boolean bin,
                @AsOf(latestOnly = true) LocalDate asOf) {
        model.addAttribute("bin", bin);
        model.addAttribute("rows", pool.list(scope, bin ? PublicPool.DISCARDED : PublicPool.IN_POOL, asOf));
        model.addAttribute("manager", PoolScope.manages(scope));
        model.addAttribute("assignees", pool.assignees(scope));
        return "pool/list";
    }

    @PostMapping("/pool/claim")
    String claim(DataScope scope, RedirectAttributes flash, @RequestParam String custId, @AsOf(latestOnly = true) LocalDate asOf) {
        pool.claim(scope, custId, asOf);
        flash.addFlashAttribute("notice", "已领取客户 " + custId);
        return "redirect:/pool";
    }

    @PostMapping("/pool/assign")
    String assign(DataScope scope, RedirectAttributes flash, @RequestParam List<String> custIds,
                  @RequestParam String toStaff, @AsOf(latestOnly = true) LocalDate asOf) {
        pool.assign(scope, custIds, toStaff, asOf);
        flash.addFlashAttribute("notice", "已分配 " + custIds.size() + " 位客户");
        return "redirect:/pool";
    }

    @PostMapping("/pool/discard")
    String discard(DataScope scope, RedirectAttributes flash, @RequestParam List<String> custIds,
                   @RequestParam String reason, @AsOf(latestOnly = true) LocalDate asOf) {
        pool.discard(scope, custIds, reason, asOf);
        flash.addFlashAttribute("notice", "已将 " + custIds.size() + " 位客户移入回收站");
        return "redirect:/pool";
    }

    @PostMapping("/pool/restore")
    String restore(DataScope scope, RedirectAttributes flash, @RequestParam List<String> custIds,
                   @AsOf(latestOnly = true) LocalDate asOf) {
        pool.restore(scope, custIds, asOf);
        flash.addFlashAttribute("notice", "已恢复 " + custIds.size() + " 位客户到公海");
        return "redirect:/pool?bin=true";
    }

    /** The nightly return, run by hand for the latest published business date. */
    @PostMapping("/pool/return-overdue")
    String returnOverdue(HttpServletRequest request, RedirectAttributes flash, @AsOf(latestOnly = true) LocalDate asOf) {
        if (!request.isUserInRole("ADMIN") && !request.isUserInRole("HEAD_OFFICE")) {
            throw new AccessDeniedException("仅系统管理员或总行可执行退回公海");
        }
        int returned = pool.returnOverdue(asOf);
        flash.addFlashAttribute("notice", "业务日期 " + asOf + "：" + returned + " 位客户退回公海");
        return "redirect:/pool";
    }

    @ExceptionHandler(PoolRefusedException.class)
    String refused(PoolRefusedException refused, HttpServletRequest request, RedirectAttributes flash) {
        flash.addFlashAttribute("refusal", refused.getMessage());
        return "redirect:/pool" + (request.getRequestURI().endsWith("/restore") ? "?bin=true" : "");
    }
}
