package org.wealthcrm.web.targetlist;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wealthcrm.web.bizdate.AsOf;
import org.wealthcrm.web.customer.MetricLabels;
import org.wealthcrm.web.importexport.ExcelSheets;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;

/** 目标客户名单: the lists, the builder, a list's members with their reasons, publish, refresh and Excel export. */
@Controller
class TargetListController {

    private static final List<String> EXPORT_HEADERS = List.of("客户号", "客户姓名", "手机", "网点", "主办客户经理",
            "AUM(元)", "客户级别", "入选原因", "首次入选日期", "最近入选日期");

    private final TargetLists lists;
    private final TargetListRefresh refresh;
    private final ListRoles roles;
    private final ListContacts contacts;
    private final ListFollowUp followUp;

    TargetListController(TargetLists lists, TargetListRefresh refresh, ListRoles roles,
                         ListContacts contacts, ListFollowUp followUp) {
        this.contacts = contacts;
        this.followUp = followUp;
        this.lists = lists;
        this.refresh = refresh;
        this.roles = roles;
    }

    @GetMapping("/target-lists")
    String index(Authentication user, DataScope scope, Model model) {
        model.addAttribute("lists", lists.lists(user, scope));
        model.addAttribute("canPublish", roles.publishes(user));
        return "targetlist/index";
    }

    @GetMapping("/target-lists/new")
    String builder(Authentication user, Model model) {
        if (!roles.publishes(user)) {
            throw new OutOfScopeException("无权创建目标客户名单");
        }
        model.addAttribute("categories", ListCriteria.CATEGORIES);
        model.addAttribute("tiers", MetricLabels.TIERS);
        return "targetlist/builder";
    }

    @PostMapping("/target-lists")
    String create(Authentication user, DataScope scope, ListForm form, RedirectAttributes redirect) {
        try {
            long listId = lists.create(user, scope, form);
            redirect.addFlashAttribute("notice", "名单已保存为草稿");
            return "redirect:/target-lists/" + listId;
        } catch (InvalidListException invalid) {
            redirect.addFlashAttribute("refusal", invalid.getMessage());
            return "redirect:/target-lists/new";
        }
    }

    @GetMapping("/target-lists/{listId}")
    String view(Authentication user, DataScope scope, @PathVariable long listId,
                @RequestParam(name = "order", defaultValue = "aum") String order, Model model) {
        TargetListRows.TargetList list = lists.visible(user, scope, listId);
        boolean byPropensity = "propensity".equals(order) && list.hasPropensity();
        model.addAttribute("list", list);
        model.addAttribute("criteria", lists.criteria(list));
        model.addAttribute("members", lists.members(scope, listId, byPropensity));
        model.addAttribute("byPropensity", byPropensity);
        model.addAttribute("manages", lists.manages(user, scope, list));
        model.addAttribute("canExportList", roles.exports(user));
        model.addAttribute("outcomes", ContactOutcome.values());
        model.addAttribute("followUp", followUp.figures(scope, listId));
        return "targetlist/view";
    }

    @PostMapping("/target-lists/{listId}/publish")
    String publish(Authentication user, DataScope scope, @PathVariable long listId, RedirectAttributes redirect,
                   @AsOf(latestOnly = true) LocalDate asOf) {
        lists.publish(user, scope, listId);
        refresh.refresh(listId, asOf);
        redirect.addFlashAttribute("notice", "名单已发布");
        return "redirect:/target-lists/" + listId;
    }

    @PostMapping("/target-lists/{listId}/refresh")
    String refresh(Authentication user, DataScope scope, @PathVariable long listId, RedirectAttributes redirect,
                   @AsOf(latestOnly = true) LocalDate asOf) {
        lists.managed(user, scope, listId);
        refresh.refresh(listId, asOf);
        redirect.addFlashAttribute("notice", "名单已按最新业务日期刷新");
        return "redirect:/target-lists/" + listId;
    }

    @PostMapping("/target-lists/{listId}/contacts")
    String contact(Authentication user, DataScope scope, @PathVariable long listId, @RequestParam String custId,
                   @RequestParam String outcome, @RequestParam(required = false) String note,
                   RedirectAttributes redirect) {
        TargetListRows.TargetList list = lists.visible(user, scope, listId);
        try {
            contacts.record(scope, list, custId, ContactOutcome.of(outcome), note);
            redirect.addFlashAttribute("notice", "已登记联系结果");
        } catch (InvalidListException | IllegalArgumentException refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/target-lists/" + listId;
    }

    @GetMapping("/target-lists/{listId}/export.xlsx")
    void export(Authentication user, DataScope scope, @PathVariable long listId, HttpServletResponse response)
            throws IOException {
        if (!roles.exports(user)) {
            throw new OutOfScopeException("无权导出名单");
        }
        lists.visible(user, scope, listId);
        List<List<Object>> rows = lists.members(scope, listId).stream()
                .map(m -> List.<Object>of(m.custId(), m.custName(), nullToEmpty(m.mobile()),
                        nullToEmpty(m.branchName()), nullToEmpty(m.managerName()),
                        m.aum() == null ? "" : m.aum(), nullToEmpty(m.tier()), m.reason(),
                        m.firstAddedBizDate().toString(), m.lastSeenBizDate().toString()))
                .toList();
        response.setContentType(ExcelSheets.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"target-list-" + listId + ".xlsx\"");
        ExcelSheets.write(response.getOutputStream(), "名单成员", EXPORT_HEADERS, rows);
    }

    private static Object nullToEmpty(Object value) {
        return value == null ? "" : value;
    }
}
