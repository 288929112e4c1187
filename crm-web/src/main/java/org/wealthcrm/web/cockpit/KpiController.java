package org.wealthcrm.web.cockpit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.wealthcrm.web.bizdate.AsOf;
import org.wealthcrm.web.scope.DataScope;

/** 经营指标: the leadership cockpit's KPI view with drill-down and MoM / YoY, and the JSON of its chart. */
@Controller
class KpiController {

    private final CockpitService cockpit;
    private final KpiService kpis;

    KpiController(CockpitService cockpit, KpiService kpis) {
        this.cockpit = cockpit;
        this.kpis = kpis;
    }

    @GetMapping("/cockpit/kpi")
    String page(DataScope scope, Model model, @RequestParam(required = false) String org,
                @RequestParam(required = false) String period,
                @AsOf LocalDate asOf) {
        Focus focus = cockpit.focus(scope, org);
        model.addAttribute("focus", focus);
        model.addAttribute("trail", cockpit.trail(scope, focus));
        model.addAttribute("view", kpis.view(scope, org, asOf, KpiPeriod.of(period)));
        return "cockpit/kpi";
    }

    @GetMapping("/api/cockpit/kpi/children")
    @ResponseBody
    List<KpiRow> children(DataScope scope, @RequestParam(required = false) String org,
                          @RequestParam(required = false) String period,
                          @AsOf LocalDate asOf) {
        return kpis.view(scope, org, asOf, KpiPeriod.of(period)).children();
    }

    @GetMapping("/api/cockpit/kpi/unit")
    @ResponseBody
    KpiRow unit(DataScope scope, @RequestParam(required = false) String org,
                @RequestParam(required = false) String period,
                @AsOf LocalDate asOf) {
        return kpis.view(scope, org, asOf, KpiPeriod.of(period)).unit();
    }
}
