package org.wealthcrm.web.dailyreport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

@Mapper
interface DailyReportMapper {

    Activity findActivity(@Param("staffId") String staffId, @Param("day") LocalDate day,
                          @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** The report when its author lies in the viewer's scope, else null; unread as seen by {@code viewerId}. */
    ReportRow find(@Param("scope") DataScope scope, @Param("reportId") long reportId,
                   @Param("viewerId") String viewerId);

    ReportRow findOwn(@Param("staffId") String staffId, @Param("day") LocalDate day);

    void insert(@Param("staffId") String staffId, @Param("day") LocalDate day, @Param("status") String status,
                @Param("activity") Activity activity, @Param("text") ReportText text,
                @Param("now") LocalDateTime now);

    /** Rewrites a draft (0 rows when it was submitted meanwhile). */
    int updateDraft(@Param("reportId") long reportId, @Param("status") String status,
                    @Param("autoSubmitted") String autoSubmitted, @Param("activity") Activity activity,
                    @Param("text") ReportText text, @Param("now") LocalDateTime now);

    List<ReportRow> findDraftsBefore(@Param("day") LocalDate day);

    List<ReportRow> findByDay(@Param("scope") DataScope scope, @Param("day") LocalDate day,
                              @Param("viewerId") String viewerId);

    List<ReportRow> findByStaff(@Param("scope") DataScope scope, @Param("staffId") String staffId,
                                @Param("from") LocalDate from, @Param("to") LocalDate to,
                                @Param("viewerId") String viewerId);

    int countUnread(@Param("scope") DataScope scope, @Param("viewerId") String viewerId);

    /** Staff who write reports (RM, TL) in the viewer's scope. */
    List<Writer> findWriters(@Param("scope") DataScope scope);

    List<ReportRow> findSubmittedBetween(@Param("scope") DataScope scope, @Param("from") LocalDate from,
                                         @Param("to") LocalDate to);

    void insertReply(@Param("reportId") long reportId, @Param("authorId") String authorId,
                     @Param("body") String body, @Param("now") LocalDateTime now);

    List<Reply> findReplies(@Param("reportId") long reportId);

    int updateRead(@Param("reportId") long reportId, @Param("readerId") String readerId,
                   @Param("now") LocalDateTime now);

    void insertRead(@Param("reportId") long reportId, @Param("readerId") String readerId,
                    @Param("now") LocalDateTime now);

    /** A staff member who writes daily reports. */
    record Writer(String staffId, String staffName, String orgName) {
    }
}
