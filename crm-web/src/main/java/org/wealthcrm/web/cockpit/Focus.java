package org.wealthcrm.web.cockpit;

import java.util.Map;

/**
 * The org unit the cockpit looks at: by default the viewer's own level (head office, region, branch), or a unit the
 * viewer drilled down to.
 *
 * @param org        the unit, null when the viewer has none
 * @param filterPath the org path the figures are limited to; null when the scope alone limits them (OWN, TEAM)
 * @param byManager  whether the breakdown is by main manager rather than by child org unit
 */
record Focus(CockpitRows.OrgUnit org, String filterPath, boolean byManager) {

    private static final Map<Integer, String> CHILD_LEVEL_NAMES = Map.of(2, "区域", 3, "分行", 4, "支行");

    public String orgCode() {
        return org == null ? null : org.orgCode();
    }

    /** What the breakdown bars are, in Chinese: 区域, 分行, 支行 or 客户经理. */
    public String breakdownName() {
        if (byManager || org == null) {
            return "客户经理";
        }
        return CHILD_LEVEL_NAMES.getOrDefault(org.orgLevel() + 1, "下级机构");
    }
}
