package org.wealthcrm.web.cockpit;

import java.time.LocalDate;
import java.util.List;

/**
 * The KPI view of one unit: its own row (null when the night has not computed it) and its children's rows, one
 * level down the drill-down bank → region → branch → team → RM.
 *
 * @param period    DAY (the day's rows of {@code date}) or MONTH (the month starting on {@code date})
 * @param childName what the children are, in Chinese (区域, 分行, 团队, 客户经理); null when there are none
 */
record KpiView(KpiPeriod period, LocalDate date, KpiRow unit, List<KpiRow> children, String childName) {

    public boolean monthly() {
        return period == KpiPeriod.MONTH;
    }
}
