package org.wealthcrm.web.cockpit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * The manager KPIs a viewer may see: the unit in focus (the viewer's own unit, or one drilled down to inside the
 * scope, checked by {@link CockpitService#focus}) and the units one level below it. An RM sees only his or her own
 * row; a team lead the team and its RMs.
 */
@Service
class KpiService {

    private static final Map<Integer, String> LEVELS = Map.of(1, "BANK", 2, "REGION", 3, "BRANCH", 4, "TEAM");
    private static final Map<Integer, String> CHILD_NAMES = Map.of(1, "区域", 2, "分行", 3, "团队");
    private static final String RM_NAME = "客户经理";

    private final CockpitService cockpit;
    private final KpiMapper mapper;

    KpiService(CockpitService cockpit, KpiMapper mapper) {
        this.cockpit = cockpit;
        this.mapper = mapper;
    }

    KpiView view(DataScope scope, String orgCode, LocalDate date, KpiPeriod period) {
        Focus focus = cockpit.focus(scope, orgCode);
        LocalDate key = period.key(date);
        boolean month = period == KpiPeriod.MONTH;
        if (scope.kind() == ScopeKind.OWN) {
            return new KpiView(period, key, mapper.unit(month, key, "RM", scope.staffId()), List.of(), null);
        }
        if (focus.org() == null || scope.kind() == ScopeKind.NONE) {
            return new KpiView(period, key, null, List.of(), null);
        }
        CockpitRows.OrgUnit org = focus.org();
        KpiRow unit = mapper.unit(month, key, LEVELS.getOrDefault(org.orgLevel(), "TEAM"), org.orgCode());
        if (scope.kind() == ScopeKind.TEAM || org.orgLevel() >= 4) {
            return new KpiView(period, key, unit, mapper.rmsOf(month, key, org.orgCode()), RM_NAME);
        }
        return new KpiView(period, key, unit, mapper.childOrgs(month, key, org.orgCode()),
                CHILD_NAMES.get(org.orgLevel()));
    }

    /** The viewer's own unit's row: the RM's, the team's, or the org unit's the viewer leads. */
    KpiRow own(DataScope scope, LocalDate date, KpiPeriod period) {
        return view(scope, null, date, period).unit();
    }
}
