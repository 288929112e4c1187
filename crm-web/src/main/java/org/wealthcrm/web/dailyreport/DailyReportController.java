package org.wealthcrm.web.dailyreport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

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

/** 工作日报: my report of a day /daily-reports, the team's /daily-reports/team, one person's, one report. */
@Controller
class DailyReportController {

    private final DailyReports reports;
    private final ReportReview review;

    DailyReportController(DailyReports reports, ReportReview review) {
        this.reports = reports;
        this.review = review;
    }

    @GetMapping("/daily-reports")
    String sheet(DataScope scope, Model model,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        ReportSheet sheet = reports.sheet(scope, date);
        model.addAttribute("sheet", sheet);
        model.addAttribute("replies", sheet.saved() == null ? List.of()
                : review.replies(sheet.saved().reportId()));
        model.addAttribute("unread", review.unread(scope));
        return "dailyreport/sheet";
    }

    @PostMapping("/daily-reports")
    String save(DataScope scope, RedirectAttributes flash,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(required = false) String summary, @RequestParam(required = false) String plan,
                @RequestParam(defaultValue = "draft") String action) {
        boolean submit = "submit".equals(action);
        reports.save(scope, date, new ReportText(summary, plan), submit);
        flash.addFlashAttribute("notice", submit ? "日报已提交" : "草稿已保存");
        return "redirect:/daily-reports?date=" + date;
    }

    @GetMapping("/daily-reports/team")
    String team(DataScope scope, Model model,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date == null ? reports.today() : date;
        model.addAttribute("day", day);
        model.addAttribute("reports", review.byDay(scope, day));
        model.addAttribute("month", review.thisMonth(scope));
        model.addAttribute("unread", review.unread(scope));
        return "dailyreport/team";
    }

    @GetMapping("/daily-reports/person/{staffId}")
    String person(DataScope scope, Model model, @PathVariable String staffId,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        YearMonth shown = month == null ? YearMonth.from(reports.today()) : month;
        model.addAttribute("month", shown);
        model.addAttribute("staffId", staffId);
        model.addAttribute("reports", review.byPerson(scope, staffId, shown));
        return "dailyreport/person";
    }

    @GetMapping("/daily-reports/{reportId}")
    String view(DataScope scope, Model model, @PathVariable long reportId) {
        model.addAttribute("r", review.open(scope, reportId));
        model.addAttribute("replies", review.replies(reportId));
        return "dailyreport/view";
    }

    @PostMapping("/daily-reports/{reportId}/replies")
    String reply(DataScope scope, RedirectAttributes flash, @PathVariable long reportId, @RequestParam String body) {
        review.reply(scope, reportId, body);
        flash.addFlashAttribute("notice", "已回复");
        return "redirect:/daily-reports/" + reportId;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String refused(IllegalArgumentException refused, RedirectAttributes flash) {
        flash.addFlashAttribute("refusal", refused.getMessage());
        return "redirect:/daily-reports";
    }
}
