package org.wealthcrm.web.ownership;

import java.math.BigDecimal;

/** One manager's credit share of a customer, in percent (0 &lt; share &le; 100, two decimals). */
record Share(String staffId, BigDecimal sharePct) {

    Share {
        if (staffId == null || staffId.isBlank()) {
            throw new IllegalArgumentException("请选择客户经理");
        }
        if (sharePct == null || sharePct.signum() <= 0 || sharePct.compareTo(Shares.HUNDRED) > 0
                || sharePct.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("分成比例须大于0且不超过100，最多两位小数");
        }
    }
}
