package org.wealthcrm.web.sms;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wealthcrm.web.importexport.SpreadsheetText;
import org.wealthcrm.web.scope.DataScope;

/** 短信日志: the log in the viewer's scope, one message's timeline, compliance flags and the CSV export. */
@Controller
class SmsLogController {

    private final SmsLog log;

    SmsLogController(SmsLog log) {
        this.log = log;
    }

    @GetMapping("/sms/log")
    String list(DataScope scope, Model model, Authentication user,
                @RequestParam(required = false) String sender, @RequestParam(required = false) String branch,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long templateId, @RequestParam(required = false) String status,
                @RequestParam(required = false) String words) {
        LogFilter filter = LogFilter.of(sender, branch, from, to, templateId, status, words);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", log.find(scope, filter));
        model.addAttribute("compliance", isCompliance(user));
        return "sms/log";
    }

    @GetMapping("/sms/log/{msgId}")
    String view(DataScope scope, Model model, Authentication user, @PathVariable long msgId) {
        model.addAttribute("row", log.one(scope, msgId));
        model.addAttribute("events", log.timeline(scope, msgId));
        model.addAttribute("compliance", isCompliance(user));
        return "sms/view";
    }

    @PostMapping("/sms/log/{msgId}/flag")
    String flag(DataScope scope, Authentication user, @PathVariable long msgId, @RequestParam String comment) {
        requireCompliance(user);
        log.flag(scope, msgId, user.getName(), comment);
        return "redirect:/sms/log/" + msgId;
    }

    @GetMapping("/sms/log/export.csv")
    ResponseEntity<byte[]> export(DataScope scope, Authentication user,
                                  @RequestParam(required = false) String sender,
                                  @RequestParam(required = false) String branch,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate to,
                                  @RequestParam(required = false) Long templateId,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String words) {
        requireCompliance(user);
        List<SmsRows.LogRow> rows = log.find(scope, LogFilter.of(sender, branch, from, to, templateId, status, words));
        StringBuilder csv = new StringBuilder("\uFEFF编号,时间,发送人,机构,客户,手机,类型,模板,内容,条数,状态,审批,标记\n");
        for (SmsRows.LogRow r : rows) {
            csv.append(String.join(",", String.valueOf(r.msgId()), String.valueOf(r.createdAt()), cell(r.sender()),
                    cell(r.branchName()), cell(r.custId()), cell(r.mobile()), r.kind(), cell(r.templateName()),
                    cell(r.content()), String.valueOf(r.parts()), r.status(), r.approval(),
                    String.valueOf(r.flags()))).append('\n');
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=sms-log.csv")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV cell, quoted, that spreadsheets do not run as a formula ({@link SpreadsheetText}). */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        return "\"" + SpreadsheetText.neutralised(value).replace("\"", "\"\"") + "\"";
    }

    static boolean isCompliance(Authentication user) {
        return SmsForms.authorities(user).contains("ROLE_COMPLIANCE");
    }

    private static void requireCompliance(Authentication user) {
        if (!isCompliance(user)) {
            throw new AccessDeniedException("仅合规人员可操作");
        }
    }
}
