package org.wealthcrm.web.churnalert;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * Open churn alerts and the AUM at risk (the customers' AUM on the day the alert was raised) for leaders, by the
 * focused org unit's children: the head office by region, a region by branch, a branch or team by relationship
 * manager. Only alerts of customers in the viewer's scope count.
 */
@Service
class AlertOverview {

    private static final int BRANCH_LEVEL = 3;
    private final ChurnAlertMapper mapper;

    AlertOverview(ChurnAlertMapper mapper) {
        this.mapper = mapper;
    }

    Overview overview(DataScope scope, String orgCode) {
        ChurnAlertRows.Org focus = focus(scope, orgCode);
        List<ChurnAlertRows.Exposure> exposures = mapper.findExposure(scope, focus.orgPath());
        boolean byManager = focus.orgLevel() >= BRANCH_LEVEL;
        Map<String, Row> rows = new LinkedHashMap<>();
        if (!byManager) {
            mapper.findChildOrgs(focus.orgCode()).forEach(child -> rows.put(child.orgCode(), new Row(child.orgName(), child.orgCode())));
        }
        Row total = new Row("合计", null);
        for (ChurnAlertRows.Exposure exposure : exposures) {
            String key = byManager ? exposure.staffId() : childCode(exposure.orgPath(), focus.orgLevel());
            Row row = rows.computeIfAbsent(key, k -> new Row(byManager ? exposure.staffName() : k, null));
            row.add(exposure.aum());
            total.add(exposure.aum());
        }
        ChurnAlertRows.Org parent = focus.parentCode() == null ? null : mapper.findOrg(focus.parentCode());
        return new Overview(focus, parent != null && covers(scope, parent) ? parent : null, byManager,
                new ArrayList<>(rows.values()), total);
    }

    private ChurnAlertRows.Org focus(DataScope scope, String orgCode) {
        if (scope.kind() == ScopeKind.OWN || scope.kind() == ScopeKind.NONE) {
            throw new OutOfScopeException("流失预警汇总仅供管理人员查看");
        }
        String code = orgCode != null ? orgCode : scope.seesAll() ? mapper.findRootOrg() : scope.orgCode();
        ChurnAlertRows.Org focus = mapper.findOrg(code);
        if (focus == null || !covers(scope, focus)) {
            throw new OutOfScopeException("无权查看该机构的流失预警");
        }
        return focus;
    }

    private static boolean covers(DataScope scope, ChurnAlertRows.Org org) {
        return scope.covers(org.orgPath());
    }

    /** The code of the focus's child on an org path: the segment after the focus's own on '/HO/R/B/S/'. */
    private static String childCode(String path, int focusLevel) {
        String[] segments = path.split("/");
        return segments.length > focusLevel + 1 ? segments[focusLevel + 1] : segments[segments.length - 1];
    }

    record Overview(ChurnAlertRows.Org focus, ChurnAlertRows.Org parent, boolean byManager, List<Row> rows,
                    Row total) {
    }

    /** One child org unit (drillOrg set) or manager: open alerts and the AUM at risk. */
    static final class Row {

        private final String name;
        private final String drillOrg;
        private int alerts;
        private BigDecimal aumAtRisk = BigDecimal.ZERO;

        Row(String name, String drillOrg) {
            this.name = name;
            this.drillOrg = drillOrg;
        }

        void add(BigDecimal aum) {
            alerts++;
            aumAtRisk = aumAtRisk.add(aum);
        }

        public String getName() {
            return name;
        }

        public String getDrillOrg() {
            return drillOrg;
        }

        public int getAlerts() {
            return alerts;
        }

        public BigDecimal getAumAtRisk() {
            return aumAtRisk;
        }
    }
}
