package org.wealthcrm.web.churnalert;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wealthcrm.web.scope.DataScope;

/** 流失预警 /churn-alerts: the manager's alerts and their handling; /churn-alerts/overview: leaders' drill-down. */
@Controller
class ChurnAlertController {

    private final ChurnAlertDesk desk;
    private final AlertOverview overview;

    ChurnAlertController(ChurnAlertDesk desk, AlertOverview overview) {
        this.desk = desk;
        this.overview = overview;
    }

    @GetMapping("/churn-alerts")
    String alerts(DataScope scope, @RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("alerts", desk.alerts(scope, all));
        model.addAttribute("all", all);
        return "churnalert/alerts";
    }

    @PostMapping("/churn-alerts/{alertId}/ack")
    String acknowledge(DataScope scope, @PathVariable long alertId, RedirectAttributes redirect) {
        desk.acknowledge(scope, alertId);
        redirect.addFlashAttribute("notice", "已确认预警，跟进中");
        return "redirect:/churn-alerts";
    }

    @PostMapping("/churn-alerts/{alertId}/close")
    String close(DataScope scope, @PathVariable long alertId, @RequestParam(required = false) String note,
                 RedirectAttributes redirect) {
        desk.close(scope, alertId, note);
        redirect.addFlashAttribute("notice", "预警已关闭");
        return "redirect:/churn-alerts";
    }

    @GetMapping("/churn-alerts/overview")
    String overview(DataScope scope, @RequestParam(required = false) String org, Model model) {
        model.addAttribute("overview", overview.overview(scope, org));
        return "churnalert/overview";
    }

    /** The drill-down rows for the chart (dashboards/churn-alerts.json). */
    @GetMapping("/api/churn-alerts/breakdown")
    @ResponseBody
    List<AlertOverview.Row> breakdown(DataScope scope, @RequestParam(required = false) String org) {
        return overview.overview(scope, org).rows();
    }
}
