package org.wealthcrm.web.targetlist;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.wealthcrm.web.scope.Masking;

/** Flat rows read by {@link TargetListMapper}. */
final class TargetListRows {

    private TargetListRows() {
    }

    /** A list with its target product (name and risk rating) and the figures of its last refresh. */
    record TargetList(long listId, String listName, String ownerOrg, String ownerOrgName, String ownerPath,
                      String createdBy, String criteria, String prodCategory, String prodCode, String prodName,
                      String riskRating, LocalDate startDate, LocalDate endDate, String status,
                      LocalDate refreshedBizDate, int memberCount, int excludedNoAssessment,
                      int excludedUnsuitable) {

        public boolean published() {
            return "PUBLISHED".equals(status);
        }

        /** Lists for a WEALTH or FUND product can be ordered by the nightly purchase propensity. */
        public boolean hasPropensity() {
            return "WEALTH".equals(prodCategory) || "FUND".equals(prodCategory);
        }
    }

    /** A customer meeting a list's criteria on a business date, before the suitability check. */
    record Candidate(String custId, BigDecimal aum, BigDecimal aumChange, String tier, String assetInterval,
                     String activityLevel, String categories, BigDecimal churnScore, LocalDate birthDate,
                     String riskLevel, LocalDate riskEvalDate, LocalDate tdMaturity) {
    }

    /**
     * A member as a viewer sees it; {@code propensity}: the purchase-propensity score (0 … 1) for the list's
     * product category on the member's last-seen date, null when none was published.
     */
    record Member(String custId, String custName, String mobile, String branchName, String managerName,
                  BigDecimal aum, String tier, String reason, LocalDate firstAddedBizDate,
                  LocalDate lastSeenBizDate, String lastOutcome, BigDecimal propensity) {

        Member masked() {
            return new Member(custId, custName, Masking.mobile(mobile), branchName, managerName, aum, tier, reason,
                    firstAddedBizDate, lastSeenBizDate, lastOutcome, propensity);
        }
    }

    /** A list on the index page with the members the viewer sees. */
    record Summary(long listId, String listName, String ownerOrgName, String prodName, LocalDate startDate,
                   LocalDate endDate, String status, LocalDate refreshedBizDate, int memberCount,
                   int visibleMembers) {
    }
}
