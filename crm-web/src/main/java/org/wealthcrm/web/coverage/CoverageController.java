package org.wealthcrm.web.coverage;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.wealthcrm.web.bizdate.AsOf;
import org.wealthcrm.web.scope.DataScope;

/** 产品覆盖: category shares by segment for the viewer's scope (or an org unit / manager inside it) and the gaps. */
@Controller
class CoverageController {

    private final CoverageService coverage;

    CoverageController(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GetMapping("/coverage")
    String page(DataScope scope, Model model, @RequestParam(required = false) String org,
                @RequestParam(required = false) String rm, @RequestParam(required = false) String segment,
                @AsOf LocalDate asOf) {
        String path = coverage.focusPath(scope, org);
        String manager = rm == null || rm.isBlank() ? null : rm;
        Segment by = Segment.of(segment);
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
                                            @AsOf LocalDate asOf) {
        return coverage.shares(scope, asOf, coverage.focusPath(scope, org),
                rm == null || rm.isBlank() ? null : rm, Segment.of(segment));
    }
}
