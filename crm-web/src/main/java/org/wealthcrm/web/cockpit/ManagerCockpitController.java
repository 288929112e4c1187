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

/** 我的驾驶舱: an RM's or team lead's own book; its charts read /api/cockpit/trend, /tiers and /me/positions. */
@Controller
class ManagerCockpitController {

    private final CockpitService cockpit;
    private final KpiService kpis;
    private final ManagerCockpitService manager;

    ManagerCockpitController(CockpitService cockpit, KpiService kpis, ManagerCockpitService manager) {
        this.cockpit = cockpit;
        this.kpis = kpis;
        this.manager = manager;
    }

    @GetMapping("/cockpit/me")
    String page(DataScope scope, Model model,
                @AsOf LocalDate asOf) {
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
    List<ManagerRows.PositionSlice> positions(DataScope scope, @AsOf LocalDate asOf) {
        return manager.positions(scope, asOf);
    }
}
