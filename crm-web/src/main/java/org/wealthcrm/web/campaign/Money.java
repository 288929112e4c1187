package org.wealthcrm.web.campaign;

import java.math.BigDecimal;

/** Checks of amounts typed into the campaign forms. */
final class Money {

    private Money() {
    }

    /** null stays null; otherwise at least zero, at most two decimals and 16 integer digits. */
    static BigDecimal nonNegative(BigDecimal amount, String what) {
        if (amount != null && (amount.signum() < 0 || amount.scale() > 2
                || amount.precision() - amount.scale() > 16)) {
            throw new IllegalArgumentException(what + "须为非负金额，最多两位小数");
        }
        return amount;
    }
}
