package org.wealthcrm.web.coverage;

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

/** 产品覆盖: category shares by segment for the viewer's scope (or an org unit / manager inside it) and the gaps. */
@Controller
class CoverageController {

    private final CoverageService coverage;
    private final BusinessDates dates;

    CoverageController(CoverageService coverage, BusinessDates dates) {
        this.coverage = coverage;
        this.dates = dates;
    }

    @GetMapping("/coverage")
    String page(DataScope scope, Model model, @RequestParam(required = false) String org,
                @RequestParam(required = false) String rm, @RequestParam(required = false) String segment,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate asOf = dates.resolve(date);
        String path = coverage.focusPath(scope, org);
        String manager = rm == null || rm.isBlank() ? null : rm;
        Segment by = Segment.of(segment);
        model.addAttribute("asOf", asOf);
        model.addAttribute("dates", dates.recent());
        model.addAttribute("org", org);
        model.addAttribute("rm", manager);
        model.addAttribute("segment", by);
        model.addAttribute("segments", Segment.values());
        model.addAttribute("categories", CoverageService.CATEGORIES);
        model.addAttribute("rows", coverage.shares(scope, asOf, path, manager, by));
        model.addAttribute("noFund", coverage.affluentWithoutFund(scope, asOf, path, manager));
        model.addAttribute("maturing", coverage.vipMaturingDeposits(scope, asOf, path, manager));
        return "coverage/coverage";
    }

    @GetMapping("/api/coverage/shares")
    @ResponseBody
    List<CoverageRows.SegmentShares> shares(DataScope scope, @RequestParam(required = false) String org,
                                            @RequestParam(required = false) String rm,
                                            @RequestParam(required = false) String segment,
                                            @RequestParam(required = false)
                                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return coverage.shares(scope, dates.resolve(date), coverage.focusPath(scope, org),
                rm == null || rm.isBlank() ? null : rm, Segment.of(segment));
    }
}
