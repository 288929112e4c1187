package org.wealthcrm.web.dailyreport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * The author's side of daily work reports: the day's sheet prefilled with the objective activity, saving a draft,
 * submitting, and the automatic submission of drafts still open at the start of the next working day. The activity
 * figures are taken again at every save and frozen on submission.
 */
@Service
public class DailyReports {

    static final String DRAFT = "DRAFT";
    static final String SUBMITTED = "SUBMITTED";
    private static final Logger log = LoggerFactory.getLogger(DailyReports.class);

    private final DailyReportMapper mapper;
    private final WorkingDays workingDays;
    private final Clock clock;

    DailyReports(DailyReportMapper mapper, Clock clock,
                 @Value("${crm.dailyreport.holidays:}") String holidays,
                 @Value("${crm.dailyreport.workday-start:09:00}") String workdayStart) {
        this.mapper = mapper;
        this.workingDays = WorkingDays.parse(holidays, workdayStart);
        this.clock = clock;
    }

    /** The sheet of {@code day} (today when null): the saved report if any, and the live activity of the day. */
    public ReportSheet sheet(DataScope scope, LocalDate day) {
        requireAuthor(scope);
        LocalDate date = checkedDay(day);
        return new ReportSheet(date, mapper.findOwn(scope.staffId(), date), activity(scope.staffId(), date));
    }

    @Transactional
    public void save(DataScope scope, LocalDate day, ReportText text, boolean submit) {
        requireAuthor(scope);
        LocalDate date = checkedDay(day);
        if (submit) {
            text.requireSubmittable();
        }
        String status = submit ? SUBMITTED : DRAFT;
        Activity activity = activity(scope.staffId(), date);
        ReportRow saved = mapper.findOwn(scope.staffId(), date);
        if (saved == null) {
            mapper.insert(scope.staffId(), date, status, activity, text, LocalDateTime.now(clock));
        } else if (mapper.updateDraft(saved.reportId(), status, "N", activity, text, LocalDateTime.now(clock)) == 0) {
            throw new IllegalArgumentException("该日报已提交，不能再修改");
        }
    }

    /**
     * Submits every draft whose report is due at {@code now} (the start of the working day after its date has come);
     * returns how many. The scheduled job calls it with the injected clock's time.
     */
    @Transactional
    public int submitOverdue(LocalDateTime now) {
        int submitted = 0;
        for (ReportRow draft : mapper.findDraftsBefore(now.toLocalDate())) {
            if (!now.isBefore(workingDays.dueAt(draft.reportDate()))) {
                Activity activity = activity(draft.staffId(), draft.reportDate());
                ReportText text = new ReportText(draft.summary(), draft.plan());
                submitted += mapper.updateDraft(draft.reportId(), SUBMITTED, "Y", activity, text, now);
            }
        }
        log.info("daily reports: {} drafts submitted automatically at {}", submitted, now);
        return submitted;
    }

    WorkingDays workingDays() {
        return workingDays;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Activity activity(String staffId, LocalDate day) {
        return mapper.findActivity(staffId, day, day.atStartOfDay(), day.plusDays(1).atStartOfDay());
    }

    private LocalDate checkedDay(LocalDate day) {
        LocalDate date = day == null ? today() : day;
        if (date.isAfter(today())) {
            throw new IllegalArgumentException("不能填写未来日期的日报");
        }
        return date;
    }

    private static void requireAuthor(DataScope scope) {
        if (scope.masked() || scope.kind() == ScopeKind.NONE || scope.staffId() == null) {
            throw new OutOfScopeException("只读用户不填写日报");
        }
    }
}
