package org.wealthcrm.web.sms;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wealthcrm.web.scope.DataScope;

/** 短信: compose with a live preview, send, approvals. */
@Controller
class SmsController {

    private final SmsComposer composer;
    private final SmsApprovals approvals;
    private final SmsMapper mapper;
    private final SmsSettings settings;
    private final SmsGroups groups;

    SmsController(SmsComposer composer, SmsApprovals approvals, SmsMapper mapper, SmsSettings settings,
                  SmsGroups groups) {
        this.composer = composer;
        this.approvals = approvals;
        this.mapper = mapper;
        this.settings = settings;
        this.groups = groups;
    }

    /** The compose page; {@code custIds} preselects recipients (one customer or a selection from a list page). */
    @GetMapping("/sms/compose")
    String compose(Model model, Authentication user, @RequestParam(defaultValue = "") String custIds,
                   @RequestParam(required = false) Long groupId, @RequestParam(required = false) Long listId) {
        model.addAttribute("templates", mapper.findTemplates());
        model.addAttribute("custIds", custIds);
        model.addAttribute("groups", groups.groups(user.getName()));
        model.addAttribute("lists", groups.lists());
        model.addAttribute("groupId", groupId);
        model.addAttribute("listId", listId);
        model.addAttribute("channels", SmsChannel.all());
        model.addAttribute("settings", settings);
        return "sms/compose";
    }

    /** The exact text and its parts, for the compose page while typing. */
    @GetMapping("/api/sms/preview")
    @ResponseBody
    Map<String, Object> preview(@RequestParam(defaultValue = "") String body,
                                @RequestParam(defaultValue = "SERVICE") String kind,
                                @RequestParam(required = false) Long templateId) {
        SmsRows.Template template = templateId == null ? null : mapper.findActiveTemplate(templateId);
        String content = SmsTemplates.render(body, Map.of(), "MARKETING".equals(kind),
                template == null ? null : template.signature(), settings);
        Segmentation s = SmsSegmenter.segment(content);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("content", content);
        out.put("encoding", s.encoding().name());
        out.put("units", s.units());
        out.put("perPart", s.perPart());
        out.put("parts", s.parts());
        return out;
    }

    @PostMapping("/sms/send")
    String send(DataScope scope, Authentication user, RedirectAttributes redirect,
                @RequestParam String kind, @RequestParam(required = false) Long templateId,
                @RequestParam String body, @RequestParam(defaultValue = "") String custIds,
                @RequestParam(required = false) Long groupId, @RequestParam(required = false) Long listId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                LocalDateTime scheduledAt,
                @RequestParam(defaultValue = "SMPP") String channel, @RequestParam(defaultValue = "false") boolean test,
                @RequestParam Map<String, String> all) {
        List<String> ids = SmsForms.ids(custIds);
        Map<String, String> values = new LinkedHashMap<>();
        SmsTemplates.VARIABLES.keySet().forEach(k -> {
            if (all.get(k) != null && !all.get(k).isBlank()) {
                values.put(k, all.get(k));
            }
        });
        Composition composition = new Composition("MARKETING".equals(kind) ? "MARKETING" : "SERVICE", templateId,
                body, values, ids, groupId, listId, scheduledAt, channel, test);
        try {
            redirect.addFlashAttribute("result", composer.send(composition, user.getName(), scope));
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/sms/compose";
    }

    @GetMapping("/sms/approvals")
    String approvalsPage(Model model, Authentication user) {
        requireApprover(user);
        model.addAttribute("batches", mapper.findAwaitingBatches());
        return "sms/approvals";
    }

    @PostMapping("/sms/approvals/{batchId}")
    String decide(Authentication user, @PathVariable long batchId, @RequestParam boolean approve,
                  @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        requireApprover(user);
        boolean done = approvals.decide(batchId, approve, user.getName(), comment);
        redirect.addFlashAttribute("message", done ? "已处理批次 " + batchId : "无法处理（已处理或为本人提交）");
        return "redirect:/sms/approvals";
    }

    private static void requireApprover(Authentication user) {
        if (!SmsApprovals.mayApprove(SmsForms.authorities(user))) {
            throw new AccessDeniedException("仅管理人员或合规可审批");
        }
    }

}
