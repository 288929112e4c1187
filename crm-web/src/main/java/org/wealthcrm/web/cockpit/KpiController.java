package org.wealthcrm.web.cockpit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.wealthcrm.web.bizdate.BusinessDates;
import org.wealthcrm.web.scope.DataScope;

/** 经营指标: the leadership cockpit's KPI view with drill-down and MoM / YoY, and the JSON of its chart. */
@Controller
class KpiController {

    private final CockpitService cockpit;
    private final KpiService kpis;
    private final BusinessDates dates;

    KpiController(CockpitService cockpit, KpiService kpis, BusinessDates dates) {
        this.cockpit = cockpit;
        this.kpis = kpis;
        this.dates = dates;
    }

    @GetMapping("/cockpit/kpi")
    String page(DataScope scope, Model model, @RequestParam(required = false) String org,
                @RequestParam(required = false) String period,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate asOf = dates.resolve(date);
        Focus focus = cockpit.focus(scope, org);
        model.addAttribute("asOf", asOf);
        model.addAttribute("dates", dates.recent());
        model.addAttribute("focus", focus);
        model.addAttribute("trail", cockpit.trail(scope, focus));
        model.addAttribute("view", kpis.view(scope, org, asOf, KpiPeriod.of(period)));
        return "cockpit/kpi";
    }

    @GetMapping("/api/cockpit/kpi/children")
    @ResponseBody
    List<KpiRow> children(DataScope scope, @RequestParam(required = false) String org,
                          @RequestParam(required = false) String period,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                          LocalDate date) {
        return kpis.view(scope, org, dates.resolve(date), KpiPeriod.of(period)).children();
    }

    @GetMapping("/api/cockpit/kpi/unit")
    @ResponseBody
    KpiRow unit(DataScope scope, @RequestParam(required = false) String org,
                @RequestParam(required = false) String period,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return kpis.view(scope, org, dates.resolve(date), KpiPeriod.of(period)).unit();
    }
}
