package org.wealthcrm.web.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

@Mapper
interface OpportunityMapper {

    boolean isInScope(@Param("scope") DataScope scope, @Param("custId") String custId);

    void insert(@Param("form") OpportunityForm form, @Param("ownerId") String ownerId,
                @Param("today") LocalDate today, @Param("now") LocalDateTime now, @Param("key") OppKey key);

    void insertHistory(@Param("oppId") long oppId, @Param("today") LocalDate today, @Param("now") LocalDateTime now,
                       @Param("changedBy") String changedBy, @Param("fromStage") String fromStage,
                       @Param("change") StageChange change);

    /** The opportunity when its customer lies in the scope, else null. */
    OpportunityRow find(@Param("scope") DataScope scope, @Param("oppId") long oppId, @Param("today") LocalDate today);

    /** Applies the change when the row still has the old stage, probability and note (0 rows otherwise). */
    int updateStage(@Param("oppId") long oppId, @Param("old") StageChange old, @Param("change") StageChange change,
                    @Param("stageSince") LocalDate stageSince, @Param("wonDate") LocalDate wonDate);

    void updateDetails(@Param("oppId") long oppId, @Param("details") OpportunityDetails details);

    List<OpportunityRow> findPage(@Param("scope") DataScope scope, @Param("query") OpportunityQuery query);

    Totals findTotals(@Param("scope") DataScope scope, @Param("query") OpportunityQuery query);

    List<HistoryRow> findHistory(@Param("oppId") long oppId);

    List<StageTotal> findStageTotals(@Param("scope") DataScope scope);

    /** Open opportunities expected to sign between the two dates (inclusive). */
    List<OpportunityRow> findOpenSigning(@Param("scope") DataScope scope, @Param("from") LocalDate from,
                                         @Param("to") LocalDate to, @Param("today") LocalDate today);

    List<WonOpportunity> findWonWithoutPurchase();

    PurchaseLink findFundPurchase(@Param("won") WonOpportunity won);

    PurchaseLink findWealthPurchase(@Param("won") WonOpportunity won);

    int linkPurchase(@Param("oppId") long oppId, @Param("link") PurchaseLink link);

    /** Count and expected amount of one stage in a scope. */
    record StageTotal(String stage, long count, BigDecimal amount) {
    }

    /** A won opportunity still waiting for its purchase to show up in the data. */
    record WonOpportunity(long oppId, String custId, String prodCategory, String prodCode, LocalDate wonDate) {
    }

    /** The purchase found for a won opportunity. */
    record PurchaseLink(String source, String ref, LocalDate purchaseDate, BigDecimal amount) {
    }

    /** Carries the generated opp_id back from the insert. */
    final class OppKey {
        private Long oppId;

        public Long getOppId() {
            return oppId;
        }

        public void setOppId(Long oppId) {
            this.oppId = oppId;
        }
    }
}
