package org.wealthcrm.web.useradmin;

import java.security.Principal;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理 /admin/users (ADMIN only, see SecurityConfiguration): users, roles and org units. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final String BACK = "redirect:/admin/users";
    private final UserAdministration administration;

    UserAdminController(UserAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", administration.all());
        model.addAttribute("roles", administration.roles().stream().collect(Collectors.groupingBy(UserRole::username,
                TreeMap::new, Collectors.mapping(UserRole::role, Collectors.joining(",")))));
        model.addAttribute("allRoles", new TreeMap<>(Map.of("RM", "客户经理", "TEAM_LEAD", "团队长",
                "BRANCH_MANAGER", "网点负责人", "REGIONAL_MANAGER", "区域负责人", "HEAD_OFFICE", "总行管理",
                "COMPLIANCE", "合规", "OPERATIONS", "运营", "ADMIN", "系统管理员")));
        return "admin/users";
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String staffId,
                  @RequestParam String role, @RequestParam(required = false) String orgCode,
                  @RequestParam String initialPassword, RedirectAttributes flash) {
        return run(flash, "已创建用户 " + username + "，首次登录须修改密码", () -> administration.create(
                new NewUser(username.trim(), displayName, staffId.trim(), role, orgCode, initialPassword)));
    }

    @PostMapping("/{username}/enabled")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled, Principal administrator,
                      RedirectAttributes flash) {
        return run(flash, (enabled ? "已启用 " : "已停用 ") + username,
                () -> administration.setEnabled(username, enabled, administrator.getName()));
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam String password, RedirectAttributes flash) {
        return run(flash, "已重置 " + username + " 的密码，下次登录须修改",
                () -> administration.resetPassword(username, password));
    }

    @PostMapping("/{username}/role")
    String assignRole(@PathVariable String username, @RequestParam String role, RedirectAttributes flash) {
        return run(flash, "已将 " + username + " 的角色设为 " + role, () -> administration.assignRole(username, role));
    }

    @PostMapping("/{username}/org-unit")
    String assignOrgUnit(@PathVariable String username, @RequestParam String orgCode, RedirectAttributes flash) {
        return run(flash, "已将 " + username + " 的机构设为 " + orgCode,
                () -> administration.assignOrgUnit(username, orgCode.trim()));
    }

    private static String run(RedirectAttributes flash, String notice, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", notice);
        } catch (IllegalArgumentException refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
        }
        return BACK;
    }
}
