package org.wealthcrm.web.churnalert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.wealthcrm.web.customer.ChurnReasons;

/** Flat rows read by {@link ChurnAlertMapper}. */
final class ChurnAlertRows {

    private ChurnAlertRows() {
    }

    /** An alert with its customer's and manager's names. */
    record Alert(long alertId, LocalDate bizDate, String custId, String custName, String staffId, String staffName,
                 String tier, BigDecimal aum, BigDecimal churnScore, String churnReasons, Long taskId, String status,
                 String handledBy, LocalDateTime handledAt, String handleNote) {

        public List<String> reasons() {
            return ChurnReasons.chinese(churnReasons);
        }

        public boolean open() {
            return !"CLOSED".equals(status);
        }
    }

    /** An open alert's AUM with where it sits: the home branch's org path and the main manager. */
    record Exposure(String orgPath, String staffId, String staffName, BigDecimal aum) {
    }

    /** An org unit of the drill-down. */
    record Org(String orgCode, String orgName, int orgLevel, String orgPath, String parentCode) {
    }
}
