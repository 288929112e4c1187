package org.wealthcrm.batch.goal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds a customer's or a sale's figure to every unit it counts for: the org unit and each of its ancestors (by
 * {@code org_path}), and the relationship manager.
 */
final class UnitTotals {

    private final Map<String, String> orgPaths;
    private final Map<String, String> staffOrgs;
    private final Map<String, Map<String, BigDecimal>> byMetric = new TreeMap<>();

    UnitTotals(Map<String, String> orgPaths, Map<String, String> staffOrgs) {
        this.orgPaths = orgPaths;
        this.staffOrgs = staffOrgs;
    }

    /** A customer's figure: counted for its home branch's org chain and its main manager. */
    void addCustomer(String metric, String homeBranch, String mainRm, BigDecimal value) {
        addOrgChain(metric, homeBranch, value);
        addStaff(metric, mainRm, value);
    }

    /** A sale credited to a staff member: counted for the staff member and the org chain it works in. */
    void addCredit(String metric, String staffId, BigDecimal value) {
        addOrgChain(metric, staffOrgs.get(staffId), value);
        addStaff(metric, staffId, value);
    }

    /** Makes sure a unit has a row, zero when nothing counted for it. */
    void touch(String metric, String unitCode) {
        metric(metric).putIfAbsent(unitCode, BigDecimal.ZERO);
    }

    Map<String, Map<String, BigDecimal>> byMetric() {
        return byMetric;
    }

    private void addOrgChain(String metric, String orgCode, BigDecimal value) {
        String path = orgCode == null ? null : orgPaths.get(orgCode);
        if (path == null) {
            return;
        }
        for (String unit : path.split("/")) {
            if (!unit.isEmpty()) {
                metric(metric).merge(unit, value, BigDecimal::add);
            }
        }
    }

    private void addStaff(String metric, String staffId, BigDecimal value) {
        if (staffId != null) {
            metric(metric).merge(staffId, value, BigDecimal::add);
        }
    }

    private Map<String, BigDecimal> metric(String metric) {
        return byMetric.computeIfAbsent(metric, m -> new TreeMap<>());
    }
}
