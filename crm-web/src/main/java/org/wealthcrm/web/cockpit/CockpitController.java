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

/** 领导驾驶舱: the page with its KPI cards, and the JSON the page's charts read. */
@Controller
class CockpitController {

    private final CockpitService cockpit;

    CockpitController(CockpitService cockpit) {
        this.cockpit = cockpit;
    }

    @GetMapping("/cockpit")
    String page(DataScope scope, Model model, @RequestParam(required = false) String org,
                @AsOf LocalDate asOf) {
        Focus focus = cockpit.focus(scope, org);
        model.addAttribute("focus", focus);
        model.addAttribute("trail", cockpit.trail(scope, focus));
        model.addAttribute("kpis", cockpit.kpis(scope, focus, asOf));
        return "cockpit/cockpit";
    }

    @GetMapping("/api/cockpit/tiers")
    @ResponseBody
    List<CockpitRows.TierSlice> tiers(DataScope scope, @RequestParam(required = false) String org,
                                      @AsOf LocalDate asOf) {
        return cockpit.tiers(scope, cockpit.focus(scope, org), asOf);
    }

    @GetMapping("/api/cockpit/breakdown")
    @ResponseBody
    List<CockpitRows.Slice> breakdown(DataScope scope, @RequestParam(required = false) String org,
                                      @AsOf LocalDate asOf) {
        return cockpit.breakdown(scope, cockpit.focus(scope, org), asOf);
    }

    @GetMapping("/api/cockpit/trend")
    @ResponseBody
    List<CockpitRows.TrendPoint> trend(DataScope scope, @RequestParam(required = false) String org,
                                       @AsOf LocalDate asOf) {
        return cockpit.trend(scope, cockpit.focus(scope, org), asOf);
    }
}
