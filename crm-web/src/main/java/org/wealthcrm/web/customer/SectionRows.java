package org.wealthcrm.web.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Rows of the further sections of the customer page. */
final class SectionRows {

    private SectionRows() {
    }

    /** The churn score on the as-of date and its reasons in Chinese. */
    record Churn(BigDecimal churnScore, String churnReasons) {

        public List<String> reasons() {
            return ChurnReasons.chinese(churnReasons);
        }

        /** The score as a percentage with one decimal: 0.6234 → 62.3. */
        public BigDecimal percent() {
            return churnScore == null ? null : churnScore.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
        }
    }

    record ListMembership(long listId, String listName, String status, String reason, LocalDate firstAddedBizDate,
                          LocalDate lastSeenBizDate) {
    }

    record Change(long seq, LocalDateTime changedAt, String username, String tableName, String recordKey,
                  String fieldName, String oldValue, String newValue) {
    }
}
