package org.wealthcrm.web.sms;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 短信模板 /sms/templates: list, create, edit and retire (maintainers only; others read). */
@Controller
class SmsTemplateController {

    private final SmsTemplateAdmin admin;
    private final SmsSettings settings;

    SmsTemplateController(SmsTemplateAdmin admin, SmsSettings settings) {
        this.admin = admin;
        this.settings = settings;
    }

    @GetMapping("/sms/templates")
    String list(Authentication user, Model model) {
        model.addAttribute("templates", admin.all());
        model.addAttribute("maintainer", SmsTemplateAdmin.mayMaintain(SmsForms.authorities(user)));
        model.addAttribute("settings", settings);
        return "sms/templates";
    }

    @PostMapping("/sms/templates")
    String save(Authentication user, RedirectAttributes flash, @RequestParam(required = false) Long templateId,
                @RequestParam String name, @RequestParam String kind, @RequestParam String body,
                @RequestParam(required = false) String signature) {
        try {
            long id = admin.save(SmsForms.authorities(user), user.getName(), templateId,
                    new TemplateForm(name, kind, body, signature));
            flash.addFlashAttribute("notice", "模板 " + id + " 已保存");
        } catch (IllegalArgumentException refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/sms/templates";
    }

    @PostMapping("/sms/templates/{templateId}/retire")
    String retire(Authentication user, RedirectAttributes flash, @PathVariable long templateId) {
        try {
            admin.retire(SmsForms.authorities(user), user.getName(), templateId);
            flash.addFlashAttribute("notice", "模板 " + templateId + " 已停用");
        } catch (IllegalArgumentException refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/sms/templates";
    }
}
