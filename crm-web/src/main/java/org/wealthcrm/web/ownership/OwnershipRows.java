package org.wealthcrm.web.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;

final class OwnershipRows {

    private OwnershipRows() {
    }

    /** One customer_manager row. */
    record Manager(String custId, String staffId, String relType, BigDecimal sharePct, LocalDate sinceDate) {
    }
}
