package org.wealthcrm.web.ownership;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

/**
 * The shares of one customer: the main manager's and the assisting managers', checked to add up to exactly 100 with
 * each manager named once.
 */
record Shares(Share main, List<Share> assisting) {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    Shares {
        if (main == null) {
            throw new IllegalArgumentException("缺少主管客户经理");
        }
        assisting = List.copyOf(assisting);
        HashSet<String> named = new HashSet<>();
        named.add(main.staffId());
        BigDecimal total = main.sharePct();
        for (Share share : assisting) {
            if (!named.add(share.staffId())) {
                throw new IllegalArgumentException("客户经理 " + share.staffId() + " 重复");
            }
            total = total.add(share.sharePct());
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("分成比例合计须为100%，当前为" + total.stripTrailingZeros().toPlainString()
                    + "%");
        }
    }
}
