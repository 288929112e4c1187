package org.wealthcrm.batch.listresult;

import java.math.BigDecimal;

/** What became of one list member: contacted in the window, converted after the first contact, AUM either side. */
record MemberOutcome(String staffId, boolean contacted, boolean converted, BigDecimal aumBefore,
                     BigDecimal aumAfter) {
}
