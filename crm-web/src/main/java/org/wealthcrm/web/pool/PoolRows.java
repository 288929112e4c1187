package org.wealthcrm.web.pool;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Flat rows the pool reads. */
final class PoolRows {

    private PoolRows() {
    }

    /** A customer due to return: its main manager and the date of the last follow-up. */
    record Due(String custId, String staffId, LocalDate lastContact) {
    }

    /** A customer in the pool or the bin; mobile and ID number are masked before they leave the service. */
    record Pooled(String custId, String custName, String mobile, String idNo, String branchName, String state,
                  LocalDate enteredDate, String previousOwner, String previousOwnerName, String reason,
                  BigDecimal aum, String tier) {

        Pooled masked(String shownMobile, String shownIdNo) {
            return new Pooled(custId, custName, shownMobile, shownIdNo, branchName, state, enteredDate,
                    previousOwner, previousOwnerName, reason, aum, tier);
        }
    }

    /** The pool row of one customer. */
    record Entry(String custId, String state, LocalDate enteredDate, String previousOwner, String branchPath) {
    }

    /** A staff member who can be given customers. */
    record Assignee(String staffId, String staffName, String orgName) {
    }
}
