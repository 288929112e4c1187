package org.wealthcrm.web.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wealthcrm.web.scope.DataScope;

/** 销售机会 /opportunities: the sortable list with totals, new opportunity, detail with history, funnel, forecast. */
@Controller
class OpportunityController {

    private final Opportunities opportunities;
    private final Pipeline pipeline;
    private final PurchaseLinks purchases;

    OpportunityController(Opportunities opportunities, Pipeline pipeline, PurchaseLinks purchases) {
        this.opportunities = opportunities;
        this.pipeline = pipeline;
        this.purchases = purchases;
    }

    @GetMapping("/opportunities")
    String list(DataScope scope, Model model, @RequestParam(required = false) Stage stage,
                @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean desc,
                @RequestParam(defaultValue = "1") int page) {
        purchases.linkArrived();
        model.addAttribute("result", opportunities.page(scope, stage, OpportunitySort.fromParameter(sort), desc, page));
        model.addAttribute("stage", stage);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("sorts", OpportunitySort.values());
        return "opportunity/list";
    }

    @GetMapping("/opportunities/new")
    String form(Model model, @RequestParam(required = false) String custId) {
        model.addAttribute("custId", custId);
        model.addAttribute("stages", Stage.values());
        return "opportunity/new";
    }

    @PostMapping("/opportunities")
    String create(DataScope scope, RedirectAttributes flash, @RequestParam String custId,
                  @RequestParam String subject, @RequestParam String prodCategory,
                  @RequestParam(required = false) String prodCode, @RequestParam BigDecimal expectedAmount,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedSignDate,
                  @RequestParam String source, @RequestParam Stage stage, @RequestParam Integer probability,
                  @RequestParam(required = false) String competitors, @RequestParam(required = false) String needs,
                  @RequestParam(required = false) String solution,
                  @RequestParam(required = false) String stageNote) {
        long oppId = opportunities.create(scope, new OpportunityForm(custId, subject, prodCategory, prodCode,
                expectedAmount, expectedSignDate, source, stage, probability, competitors, needs, solution,
                stageNote));
        flash.addFlashAttribute("notice", "已创建销售机会");
        return "redirect:/opportunities/" + oppId;
    }

    @GetMapping("/opportunities/{oppId}")
    String view(DataScope scope, Model model, @PathVariable long oppId) {
        purchases.linkArrived();
        model.addAttribute("o", opportunities.visible(scope, oppId));
        model.addAttribute("history", opportunities.history(scope, oppId));
        model.addAttribute("stages", Stage.values());
        return "opportunity/view";
    }

    @PostMapping("/opportunities/{oppId}/stage")
    String change(DataScope scope, RedirectAttributes flash, @PathVariable long oppId, @RequestParam Stage stage,
                  @RequestParam Integer probability, @RequestParam(required = false) String stageNote) {
        boolean changed = opportunities.change(scope, oppId, new StageChange(stage, probability, stageNote));
        flash.addFlashAttribute("notice", changed ? "已更新，变更已记入历史" : "没有变化");
        return "redirect:/opportunities/" + oppId;
    }

    @PostMapping("/opportunities/{oppId}/details")
    String edit(DataScope scope, RedirectAttributes flash, @PathVariable long oppId, @RequestParam String subject,
                @RequestParam(required = false) String prodCode, @RequestParam BigDecimal expectedAmount,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedSignDate,
                @RequestParam(required = false) String competitors, @RequestParam(required = false) String needs,
                @RequestParam(required = false) String solution) {
        opportunities.edit(scope, oppId, new OpportunityDetails(subject, prodCode, expectedAmount, expectedSignDate,
                competitors, needs, solution));
        flash.addFlashAttribute("notice", "已保存");
        return "redirect:/opportunities/" + oppId;
    }

    @GetMapping("/opportunities/pipeline")
    String pipeline(DataScope scope, Model model) {
        model.addAttribute("funnel", pipeline.funnel(scope));
        model.addAttribute("forecasts", pipeline.forecasts(scope));
        return "opportunity/pipeline";
    }

    @GetMapping("/api/opportunities/funnel")
    @ResponseBody
    List<Funnel.Step> funnelRows(DataScope scope) {
        return pipeline.funnel(scope).steps();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String refused(IllegalArgumentException refused, RedirectAttributes flash) {
        flash.addFlashAttribute("refusal", refused.getMessage());
        return "redirect:/opportunities";
    }
}
