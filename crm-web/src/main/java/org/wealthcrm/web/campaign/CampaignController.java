package org.wealthcrm.web.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wealthcrm.web.scope.DataScope;

/** 市场活动 /campaigns: list, new campaign, detail with the measured effect, side-by-side comparison. */
@Controller
class CampaignController {

    private final Campaigns campaigns;
    private final int defaultWindowDays;

    CampaignController(Campaigns campaigns, @Value("${crm.campaign.window-days:30}") int defaultWindowDays) {
        this.campaigns = campaigns;
        this.defaultWindowDays = defaultWindowDays;
    }

    @GetMapping("/campaigns")
    String list(DataScope scope, Model model) {
        model.addAttribute("campaigns", campaigns.all(scope));
        model.addAttribute("windowDays", defaultWindowDays);
        return "campaign/list";
    }

    @PostMapping("/campaigns")
    String create(DataScope scope, RedirectAttributes flash, @RequestParam String subject,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
                  @RequestParam(required = false) String place, @RequestParam BigDecimal budget,
                  @RequestParam(required = false) Long listId, @RequestParam(required = false) String selection,
                  @RequestParam(required = false) Integer windowDays, @RequestParam(required = false) String plan) {
        List<String> ids = selection == null ? List.of() : Arrays.asList(selection.split("[\\s,;，；]+"));
        long campaignId = campaigns.create(scope, new CampaignForm(subject, startDate, endDate, place, budget, listId,
                ids, windowDays == null ? defaultWindowDays : windowDays, plan));
        flash.addFlashAttribute("notice", "已创建活动");
        return "redirect:/campaigns/" + campaignId;
    }

    @GetMapping("/campaigns/{campaignId}")
    String view(DataScope scope, Model model, @PathVariable long campaignId) {
        model.addAttribute("k", campaigns.visible(scope, campaignId));
        model.addAttribute("effects", List.of(campaigns.effect(scope, campaignId)));
        model.addAttribute("me", scope.staffId());
        return "campaign/view";
    }

    @PostMapping("/campaigns/{campaignId}/outcome")
    String record(DataScope scope, RedirectAttributes flash, @PathVariable long campaignId,
                  @RequestParam(required = false) BigDecimal actualCost,
                  @RequestParam(required = false) String executionNotes,
                  @RequestParam(required = false) String summary, @RequestParam int windowDays) {
        campaigns.record(scope, campaignId, new CampaignOutcome(actualCost, executionNotes, summary, windowDays));
        flash.addFlashAttribute("notice", "已保存");
        return "redirect:/campaigns/" + campaignId;
    }

    @GetMapping("/campaigns/compare")
    String compare(DataScope scope, Model model, @RequestParam(name = "ids", required = false) List<Long> ids) {
        model.addAttribute("effects", campaigns.compare(scope, ids == null ? List.of() : ids));
        model.addAttribute("campaigns", campaigns.all(scope));
        return "campaign/compare";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String refused(IllegalArgumentException refused, RedirectAttributes flash) {
        flash.addFlashAttribute("refusal", refused.getMessage());
        return "redirect:/campaigns";
    }
}
