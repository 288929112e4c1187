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

/** 领导驾驶舱: the page with its KPI cards, and the JSON the page's charts read. */
@Controller
class CockpitController {

    private final CockpitService cockpit;
    private final BusinessDates dates;

    CockpitController(CockpitService cockpit, BusinessDates dates) {
        this.cockpit = cockpit;
        this.dates = dates;
    }

    @GetMapping("/cockpit")
    String page(DataScope scope, Model model, @RequestParam(required = false) String org,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate asOf = dates.resolve(date);
        Focus focus = cockpit.focus(scope, org);
        model.addAttribute("asOf", asOf);
        model.addAttribute("dates", dates.recent());
        model.addAttribute("focus", focus);
        model.addAttribute("trail", cockpit.trail(scope, focus));
        model.addAttribute("kpis", cockpit.kpis(scope, focus, asOf));
        return "cockpit/cockpit";
    }

    @GetMapping("/api/cockpit/tiers")
    @ResponseBody
    List<CockpitRows.TierSlice> tiers(DataScope scope, @RequestParam(required = false) String org,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return cockpit.tiers(scope, cockpit.focus(scope, org), dates.resolve(date));
    }

    @GetMapping("/api/cockpit/breakdown")
    @ResponseBody
    List<CockpitRows.Slice> breakdown(DataScope scope, @RequestParam(required = false) String org,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return cockpit.breakdown(scope, cockpit.focus(scope, org), dates.resolve(date));
    }

    @GetMapping("/api/cockpit/trend")
    @ResponseBody
    List<CockpitRows.TrendPoint> trend(DataScope scope, @RequestParam(required = false) String org,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return cockpit.trend(scope, cockpit.focus(scope, org), dates.resolve(date));
    }
}
