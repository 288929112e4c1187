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

/** 我的驾驶舱: an RM's or team lead's own book; its charts read /api/cockpit/trend, /tiers and /me/positions. */
@Controller
class ManagerCockpitController {

    private final CockpitService cockpit;
    private final KpiService kpis;
    private final ManagerCockpitService manager;
    private final BusinessDates dates;

    ManagerCockpitController(CockpitService cockpit, KpiService kpis, ManagerCockpitService manager,
                             BusinessDates dates) {
        this.cockpit = cockpit;
        this.kpis = kpis;
        this.manager = manager;
        this.dates = dates;
    }

    @GetMapping("/cockpit/me")
    String page(DataScope scope, Model model,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate asOf = dates.resolve(date);
        model.addAttribute("asOf", asOf);
        model.addAttribute("dates", dates.recent());
        model.addAttribute("book", cockpit.kpis(scope, cockpit.focus(scope, null), asOf));
        model.addAttribute("day", kpis.own(scope, asOf, KpiPeriod.DAY));
        model.addAttribute("month", kpis.own(scope, asOf, KpiPeriod.MONTH));
        model.addAttribute("positions", manager.positions(scope, asOf));
        model.addAttribute("alerts", manager.churnAlerts(scope, asOf));
        model.addAttribute("goals", manager.goals(scope, asOf));
        model.addAttribute("lists", manager.listProgress(scope, asOf));
        return "cockpit/me";
    }

    @GetMapping("/api/cockpit/me/positions")
    @ResponseBody
    List<ManagerRows.PositionSlice> positions(DataScope scope, @RequestParam(required = false)
                                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return manager.positions(scope, dates.resolve(date));
    }
}
