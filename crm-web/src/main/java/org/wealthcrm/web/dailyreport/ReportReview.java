package org.wealthcrm.web.dailyreport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;
import org.wealthcrm.web.system.FormText;

/**
 * The reader's side: reports of the staff in the viewer's scope by day and by person, replies, read markers, and who
 * has not submitted this month (working days from the 1st up to yesterday without a submitted report).
 */
@Service
public class ReportReview {

    private final DailyReportMapper mapper;
    private final DailyReports reports;
    private final Clock clock;

    ReportReview(DailyReportMapper mapper, DailyReports reports, Clock clock) {
        this.mapper = mapper;
        this.reports = reports;
        this.clock = clock;
    }

    public List<ReportRow> byDay(DataScope scope, LocalDate day) {
        return mapper.findByDay(scope, day, scope.staffId());
    }

    public List<ReportRow> byPerson(DataScope scope, String staffId, YearMonth month) {
        return mapper.findByStaff(scope, staffId, month.atDay(1), month.atEndOfMonth(), scope.staffId());
    }

    public int unread(DataScope scope) {
        return scope.staffId() == null ? 0 : mapper.countUnread(scope, scope.staffId());
    }

    /** Opens a report: visible only inside the scope; drafts only to their author. Marks it read. */
    @Transactional
    public ReportRow open(DataScope scope, long reportId) {
        ReportRow report = mapper.find(scope, reportId, scope.staffId());
        if (report == null || !report.submitted() && !report.staffId().equals(scope.staffId())) {
            throw new OutOfScopeException("无权查看该日报");
        }
        if (scope.staffId() != null) {
            LocalDateTime now = LocalDateTime.now(clock);
            if (mapper.updateRead(reportId, scope.staffId(), now) == 0) {
                mapper.insertRead(reportId, scope.staffId(), now);
            }
        }
        return report;
    }

    public List<Reply> replies(long reportId) {
        return mapper.findReplies(reportId);
    }

    @Transactional
    public void reply(DataScope scope, long reportId, String body) {
        if (scope.masked() || scope.kind() == ScopeKind.NONE || scope.staffId() == null) {
            throw new OutOfScopeException("只读用户不能回复");
        }
        ReportRow report = mapper.find(scope, reportId, scope.staffId());
        if (report == null || !report.submitted()) {
            throw new OutOfScopeException("无权回复该日报");
        }
        mapper.insertReply(reportId, scope.staffId(), FormText.required(body, 2000, "请填写回复（不超过2000字）"),
                LocalDateTime.now(clock));
    }

    /** Each report writer in scope with the working days of this month up to yesterday still missing a report. */
    public List<MonthStatus> thisMonth(DataScope scope) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> due = workingDaysBefore(today);
        LocalDate from = today.withDayOfMonth(1);
        Map<String, Set<LocalDate>> submitted = mapper.findSubmittedBetween(scope, from, today).stream()
                .collect(Collectors.groupingBy(ReportRow::staffId,
                        Collectors.mapping(ReportRow::reportDate, Collectors.toSet())));
        return mapper.findWriters(scope).stream().map(w -> {
            Set<LocalDate> done = submitted.getOrDefault(w.staffId(), Set.of());
            List<LocalDate> missing = due.stream().filter(d -> !done.contains(d)).toList();
            return new MonthStatus(w.staffId(), w.staffName(), w.orgName(), done.size(), missing);
        }).toList();
    }

    private List<LocalDate> workingDaysBefore(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.withDayOfMonth(1); d.isBefore(today); d = d.plusDays(1)) {
            if (reports.workingDays().isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }
}
