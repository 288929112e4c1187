package org.wealthcrm.web.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Flat rows read by {@link GoalMapper}. */
final class GoalRows {

    private GoalRows() {
    }

    /**
     * An org unit (type O, level 1 head office … 4 sub-branch) or a relationship manager (type S, level 5, with the
     * path and code of the org unit it works in as parent).
     */
    record Unit(String code, String name, String unitType, int unitLevel, String path, String parentCode) {

        public boolean org() {
            return "O".equals(unitType);
        }
    }

    /** A unit's target of one metric in a month. */
    record Goal(String metric, String unitCode, String parentCode, BigDecimal targetValue, String state) {

        public boolean draft() {
            return "DRAFT".equals(state);
        }
    }

    /** What a unit achieved of one metric, as of the month's latest computed date. */
    record Completion(String metric, String unitCode, BigDecimal actual) {
    }

    /** The user's staff position and org unit, for who may split. */
    record Placement(String staffId, String position, String orgCode) {
    }

    /** The month's latest computed date. */
    record AsOf(LocalDate bizDate) {
    }
}
