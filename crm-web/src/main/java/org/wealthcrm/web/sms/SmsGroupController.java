package org.wealthcrm.web.sms;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wealthcrm.web.scope.DataScope;

/** 收件人分组 /sms/groups: the user's saved groups, made from a selection or a target list. */
@Controller
class SmsGroupController {

    private final SmsGroups groups;

    SmsGroupController(SmsGroups groups) {
        this.groups = groups;
    }

    @GetMapping("/sms/groups")
    String list(Authentication user, Model model, @RequestParam(defaultValue = "") String custIds) {
        model.addAttribute("groups", groups.groups(user.getName()));
        model.addAttribute("lists", groups.lists());
        model.addAttribute("custIds", custIds);
        return "sms/groups";
    }

    @GetMapping("/sms/groups/{groupId}")
    String view(DataScope scope, Authentication user, Model model, @PathVariable long groupId) {
        model.addAttribute("group", groups.groups(user.getName()).stream()
                .filter(g -> g.groupId() == groupId).findFirst().orElse(null));
        model.addAttribute("members", groups.members(scope, user.getName(), groupId));
        return "sms/group";
    }

    @PostMapping("/sms/groups")
    String create(DataScope scope, Authentication user, RedirectAttributes flash, @RequestParam String name,
                  @RequestParam(defaultValue = "") String custIds, @RequestParam(required = false) Long listId) {
        try {
            SmsGroups.Created created = groups.create(scope, user.getName(), name, SmsForms.ids(custIds), listId);
            flash.addFlashAttribute("notice", "分组 " + created.groupId() + " 已建立，" + created.members() + " 位客户");
        } catch (IllegalArgumentException refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/sms/groups";
    }

    @PostMapping("/sms/groups/{groupId}/members/{custId}/remove")
    String remove(Authentication user, @PathVariable long groupId, @PathVariable String custId) {
        groups.removeMember(user.getName(), groupId, custId);
        return "redirect:/sms/groups/" + groupId;
    }

    @PostMapping("/sms/groups/{groupId}/delete")
    String delete(Authentication user, RedirectAttributes flash, @PathVariable long groupId) {
        groups.delete(user.getName(), groupId);
        flash.addFlashAttribute("notice", "分组 " + groupId + " 已删除");
        return "redirect:/sms/groups";
    }
}
