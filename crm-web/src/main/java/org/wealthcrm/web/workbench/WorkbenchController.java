package org.wealthcrm.web.workbench;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.wealthcrm.web.bizdate.AsOf;
import org.wealthcrm.web.importexport.ExcelSheets;
import org.wealthcrm.web.importexport.ExportPolicy;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;

/** 工作台 /workbench: counts that link to their lists /workbench/{list}. */
@Controller
class WorkbenchController {

    private static final List<String> HEADERS = List.of("客户号", "姓名", "事项", "日期", "金额/评分");

    private final Workbench workbench;
    private final Clock clock;
    private final ExportPolicy policy;

    WorkbenchController(Workbench workbench, Clock clock, ExportPolicy policy) {
        this.workbench = workbench;
        this.clock = clock;
        this.policy = policy;
    }

    @GetMapping("/workbench")
    String home(DataScope scope, Model model, @AsOf(latestOnly = true) LocalDate asOf) {
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("counts", workbench.counts(scope, LocalDate.now(clock), asOf));
        return "workbench/home";
    }

    @GetMapping("/workbench/{list}")
    String list(DataScope scope, Model model, @PathVariable String list, @AsOf(latestOnly = true) LocalDate asOf) {
        WorkItemKind kind = kind(list);
        model.addAttribute("kind", kind);
        model.addAttribute("items", workbench.list(scope, kind, LocalDate.now(clock), asOf));
        return "workbench/list";
    }

    /** The list as an Excel file, for the roles allowed to export. */
    @GetMapping("/workbench/{list}/export.xlsx")
    void export(DataScope scope, HttpServletResponse response, @PathVariable String list,
                @AsOf(latestOnly = true) LocalDate asOf) throws IOException {
        if (!policy.canExport()) {
            throw new AccessDeniedException("无权导出");
        }
        WorkItemKind kind = kind(list);
        List<List<Object>> rows = workbench.list(scope, kind, LocalDate.now(clock), asOf).stream()
                .map(item -> Arrays.<Object>asList(item.custId(), item.custName(), item.detail(), item.itemDate(),
                        item.amount()))
                .toList();
        response.setContentType(ExcelSheets.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + kind.parameter() + ".xlsx\"");
        ExcelSheets.write(response.getOutputStream(), kind.label(), HEADERS, rows);
    }

    private static WorkItemKind kind(String list) {
        return WorkItemKind.fromParameter(list).orElseThrow(() -> new OutOfScopeException("没有这个列表"));
    }
}
