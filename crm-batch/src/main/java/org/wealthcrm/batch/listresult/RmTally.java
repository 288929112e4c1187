package org.wealthcrm.batch.listresult;

import java.math.BigDecimal;

/** One relationship manager's figures on one list, added up member by member. */
final class RmTally {

    int members;
    int contacted;
    int converted;
    BigDecimal aumBefore = BigDecimal.ZERO;
    BigDecimal aumAfter = BigDecimal.ZERO;

    void add(MemberOutcome member) {
        members++;
        if (member.contacted()) {
            contacted++;
            converted += member.converted() ? 1 : 0;
            aumBefore = aumBefore.add(member.aumBefore());
            aumAfter = aumAfter.add(member.aumAfter());
        }
    }

    BigDecimal aumGained() {
        return aumAfter.subtract(aumBefore);
    }
}
