package org.wealthcrm.web.targetlist;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

/** Target lists, their members, and the criteria query over customer_metrics (bindings with #{} only). */
@Mapper
interface TargetListMapper {

    void insertList(@Param("list") ListDraft list);

    TargetListRows.TargetList findList(@Param("listId") long listId);

    /** Lists the viewer may manage (owner under {@code managedPath}) or see published, newest first. */
    List<TargetListRows.Summary> findLists(@Param("scope") DataScope scope, @Param("managedPath") String managedPath);

    int publish(@Param("listId") long listId);

    /** Published lists whose window has not ended by {@code date}. */
    List<Long> findRefreshable(@Param("date") LocalDate date);

    String findOrgPath(@Param("orgCode") String orgCode);

    String findProductRating(@Param("category") String category, @Param("code") String code);

    List<TargetListRows.Candidate> findCandidates(@Param("c") ListCriteria criteria, @Param("date") LocalDate date,
                                                  @Param("maturityEnd") LocalDate maturityEnd,
                                                  @Param("path") String path);

    List<String> findMemberIds(@Param("listId") long listId);

    void insertMember(@Param("listId") long listId, @Param("custId") String custId, @Param("reason") String reason,
                      @Param("date") LocalDate date);

    void updateMember(@Param("listId") long listId, @Param("custId") String custId, @Param("reason") String reason,
                      @Param("date") LocalDate date);

    int deleteUnseen(@Param("listId") long listId, @Param("date") LocalDate date);

    void updateCounts(@Param("listId") long listId, @Param("date") LocalDate date, @Param("members") int members,
                      @Param("noAssessment") int noAssessment, @Param("unsuitable") int unsuitable);

    void insertContact(@Param("listId") long listId, @Param("custId") String custId,
                       @Param("staffId") String staffId, @Param("outcome") String outcome,
                       @Param("recordId") long recordId, @Param("at") java.time.LocalDateTime at);

    /**
     * The list's members inside the viewer's scope, largest AUM (on their last-seen date) first, or with
     * {@code byPropensity} highest purchase propensity for the list's product category first (unscored last).
     */
    List<TargetListRows.Member> findMembers(@Param("listId") long listId, @Param("scope") DataScope scope,
                                            @Param("byPropensity") boolean byPropensity);
}
